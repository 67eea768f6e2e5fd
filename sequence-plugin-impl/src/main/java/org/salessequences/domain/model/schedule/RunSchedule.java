package org.salessequences.domain.model.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a sequence runs: at {@code time} in {@code zone} every day (classic) or every {@code intervalDays}
 * (smart), never on Saturday or Sunday when weekends are excluded.
 *
 * <p>Daylight-saving changes follow the zone's rules: a time that does not exist on a spring-forward day runs
 * as late as the gap (02:30 becomes 03:30), and a time that occurs twice on a fall-back day runs at its first
 * occurrence.
 *
 * @param time            local time of day
 * @param zone            the sequence's time zone
 * @param excludeWeekends no runs on Saturday and Sunday
 * @param intervalDays    days between the runs of a smart sequence; {@code null} for daily (classic)
 */
public record RunSchedule(LocalTime time, ZoneId zone, boolean excludeWeekends, Integer intervalDays) {

    /**
     * The first scheduled run strictly after {@code after}, given the local date of the last scheduled run
     * ({@code null} when it has not run on its schedule yet). A smart sequence runs {@code intervalDays} after its
     * last run (a weekend excluded pauses the interval until Monday); when that time has already passed (the
     * plugin was down), the answer is in the past and the run happens at once, once.
     */
    public Instant nextRun(Instant after, LocalDate lastRunDate) {
        if (intervalDays != null && lastRunDate != null) {
            LocalDate date = skipWeekend(lastRunDate.plusDays(intervalDays));
            return at(date);
        }
        LocalDate date = after.atZone(zone).toLocalDate();
        while (true) {
            date = skipWeekend(date);
            Instant candidate = at(date);
            if (candidate.isAfter(after)) {
                return candidate;
            }
            date = date.plusDays(1);
        }
    }

    /** The local date of a run at {@code instant}: the date the day rules count with. */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Whether a run on {@code date} may execute steps (not a weekend day when weekends are excluded). */
    public boolean isRunDay(LocalDate date) {
        return !excludeWeekends || !isWeekend(date);
    }

    /** The instant the schedule's time falls at on {@code date}. */
    public Instant at(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private LocalDate skipWeekend(LocalDate date) {
        LocalDate day = date;
        while (excludeWeekends && isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
