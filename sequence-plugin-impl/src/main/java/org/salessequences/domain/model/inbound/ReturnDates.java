package org.salessequences.domain.model.inbound;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an out-of-office says its writer is back, in English, German, French, Spanish, Dutch, Portuguese and
 * Italian, or as an ISO date: "back on 12 March", "zurück am 12.03.", "de retour le 12 mars", "hasta el 12 de marzo",
 * "terug op 12 maart", "regresso a 12 de março", "rientro il 12 marzo", "2026-03-12". When several dates are named
 * ("from 2 to 12 March") the latest is the return. Numeric dates are day first, except an English text's
 * {@code m/d/yyyy}.
 */
public final class ReturnDates {

    /** The longest absence taken at its word: a later date pauses this long only. */
    public static final int MAX_DAYS = 30;
    private static final int TEXT_READ = 4000;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            // English, German, French, Spanish, Dutch, Portuguese, Italian; stems, so "Sept." and "März" both match.
            Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("januar", 1), Map.entry("janvier", 1),
            Map.entry("enero", 1), Map.entry("januari", 1), Map.entry("janeiro", 1), Map.entry("gennaio", 1),
            Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("février", 2), Map.entry("fevrier", 2),
            Map.entry("févr", 2), Map.entry("febrero", 2), Map.entry("februari", 2), Map.entry("fevereiro", 2),
            Map.entry("febbraio", 2), Map.entry("mar", 3), Map.entry("märz", 3), Map.entry("maerz", 3),
            Map.entry("mars", 3), Map.entry("marzo", 3), Map.entry("maart", 3), Map.entry("março", 3),
            Map.entry("marco", 3), Map.entry("apr", 4), Map.entry("avril", 4), Map.entry("abril", 4),
            Map.entry("aprile", 4), Map.entry("avr", 4), Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("mayo", 5), Map.entry("mei", 5), Map.entry("maio", 5), Map.entry("maggio", 5),
            Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("juin", 6), Map.entry("junio", 6),
            Map.entry("junho", 6), Map.entry("giugno", 6), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("julio", 7), Map.entry("julho", 7),
            Map.entry("luglio", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8),
            Map.entry("aout", 8), Map.entry("agosto", 8), Map.entry("augustus", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9), Map.entry("septiembre", 9),
            Map.entry("setembro", 9), Map.entry("settembre", 9), Map.entry("oct", 10), Map.entry("okt", 10),
            Map.entry("oktober", 10), Map.entry("octobre", 10), Map.entry("octubre", 10), Map.entry("outubro", 10),
            Map.entry("ottobre", 10), Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("noviembre", 11), Map.entry("novembro", 11), Map.entry("dec", 12), Map.entry("dez", 12),
            Map.entry("dezember", 12), Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("déc", 12),
            Map.entry("diciembre", 12), Map.entry("december", 12), Map.entry("dezembro", 12),
            Map.entry("dicembre", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10),
            Map.entry("agosto.", 8), Map.entry("mrt", 3), Map.entry("okt.", 10));
    private static final String MONTH = "([a-zà-ÿ]{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?\\b\\.?");
    /** "12 March", "12. März", "12 de marzo", "12th of March", "le 12 mars 2026". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s*(?:of\\s+|de\\s+|di\\s+)?" + MONTH
                    + "(?:\\s*(?:de\\s+)?(\\d{4}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "March 12", "March 12th, 2026". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|office|back|return|until|will|and|regards|thank)\\b", Pattern.CASE_INSENSITIVE);

    private ReturnDates() {
    }

    /**
     * @param text     the auto-reply's subject and body
     * @param received the day it arrived (dates without a year are the next such day from here)
     * @return the return day, no later than {@link #MAX_DAYS} after {@code received}; empty when the text names no
     *         day from {@code received} on
     */
    public static Optional<LocalDate> returnDate(String text, LocalDate received) {
        String head = text.length() > TEXT_READ ? text.substring(0, TEXT_READ) : text;
        boolean english = ENGLISH.matcher(head).find();
        LocalDate latest = null;
        for (LocalDate date : new Dates(head, received, english).all()) {
            if (!date.isBefore(received) && date.isBefore(received.plusYears(1))
                    && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        LocalDate cap = received.plusDays(MAX_DAYS);
        return Optional.of(latest.isAfter(cap) ? cap : latest);
    }

    /** The next working day (Monday to Friday) after the return day: when emails may go again. */
    public static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The dates a text names, each where its pattern found it. */
    private record Dates(String text, LocalDate received, boolean english) {

        java.util.List<LocalDate> all() {
            java.util.List<LocalDate> dates = new java.util.ArrayList<>();
            Matcher iso = ISO.matcher(text);
            while (iso.find()) {
                add(dates, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            String withoutIso = ISO.matcher(text).replaceAll(" ");
            Matcher numeric = NUMERIC.matcher(withoutIso);
            while (numeric.find()) {
                int first = Integer.parseInt(numeric.group(1));
                int second = Integer.parseInt(numeric.group(3));
                boolean monthFirst = english && numeric.group(2).equals("/") && first <= 12;
                // "12.30" is a time, not a date; a date needs a year or the dot after the month.
                if (numeric.group(2).equals(".") && numeric.group(4) == null && !numeric.group().endsWith(".")) {
                    continue;
                }
                add(dates, year(numeric.group(4)), monthFirst ? first : second, monthFirst ? second : first);
            }
            Matcher dayMonth = DAY_MONTH.matcher(withoutIso);
            while (dayMonth.find()) {
                Integer month = month(dayMonth.group(2));
                if (month != null) {
                    add(dates, year(dayMonth.group(3)), month, Integer.parseInt(dayMonth.group(1)));
                }
            }
            Matcher monthDay = MONTH_DAY.matcher(withoutIso);
            while (monthDay.find()) {
                Integer month = month(monthDay.group(1));
                if (month != null) {
                    add(dates, year(monthDay.group(3)), month, Integer.parseInt(monthDay.group(2)));
                }
            }
            return dates;
        }

        private static Integer month(String word) {
            String key = word.toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(key);
            return month != null ? month : key.length() >= 3 && MONTHS.containsKey(key.substring(0, 3))
                    && key.length() > 3 && MONTHS.entrySet().stream().anyMatch(e -> e.getKey().length() > 3
                    && e.getKey().startsWith(key)) ? MONTHS.get(key.substring(0, 3)) : null;
        }

        /** 0 when the text gives no year. */
        private static int year(String digits) {
            if (digits == null) {
                return 0;
            }
            int year = Integer.parseInt(digits);
            return year < 100 ? 2000 + year : year;
        }

        private void add(java.util.List<LocalDate> dates, int year, int month, int day) {
            try {
                if (year == 0) {
                    LocalDate date = MonthDay.of(month, day).atYear(received.getYear());
                    dates.add(date.isBefore(received) ? MonthDay.of(month, day).atYear(received.getYear() + 1) : date);
                } else {
                    dates.add(LocalDate.of(year, month, day));
                }
            } catch (DateTimeException e) {
                // Not a calendar day ("31.02."): not a date after all.
            }
        }
    }
}
