package org.salessequences.infrastructure.holidays;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.salessequences.domain.model.schedule.HolidayCalendar;
import org.salessequences.domain.model.schedule.PublicHolidays;
import org.salessequences.log.LogId;

/**
 * Public holidays from jollyday's maintained country calendars: national public holidays only (no regional ones, no
 * observances), with the day a holiday is observed on when that differs (the Monday after a Sunday holiday, say).
 * Each country's holidays of a year are computed once and kept.
 */
@ApplicationScoped
public class JollydayPublicHolidays implements PublicHolidays {

    private static final Logger LOG = Logger.getLogger(JollydayPublicHolidays.class.getName());

    private final Map<String, Map<Integer, Set<LocalDate>>> byCountry = new ConcurrentHashMap<>();
    private volatile Set<String> supported;

    @Override
    public boolean supports(String countryCode) {
        return countryCode != null && supportedCodes().contains(countryCode.toUpperCase(Locale.ROOT));
    }

    @Override
    public HolidayCalendar of(List<String> countryCodes) {
        List<String> countries = countryCodes.stream().map(code -> code.toUpperCase(Locale.ROOT))
                .filter(this::supports).distinct().toList();
        if (countries.isEmpty()) {
            return HolidayCalendar.NONE;
        }
        return date -> countries.stream().anyMatch(country -> holidays(country, date.getYear()).contains(date));
    }

    private Set<String> supportedCodes() {
        Set<String> codes = supported;
        if (codes == null) {
            Set<String> found = new HashSet<>();
            for (String code : HolidayManager.getSupportedCalendarCodes()) {
                found.add(code.toUpperCase(Locale.ROOT));
            }
            codes = Set.copyOf(found);
            supported = codes;
        }
        return codes;
    }

    private Set<LocalDate> holidays(String country, int year) {
        return byCountry.computeIfAbsent(country, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(year, y -> load(country, y));
    }

    private static Set<LocalDate> load(String country, int year) {
        try {
            HolidayManager manager = HolidayManager.getInstance(
                    ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
            Set<LocalDate> dates = new HashSet<>();
            // The date a holiday is observed on (getDate) and its own date when they differ (getActualDate).
            for (Holiday holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
                dates.add(holiday.getDate());
                dates.add(holiday.getActualDate());
            }
            return Set.copyOf(dates);
        } catch (RuntimeException e) {
            // A calendar that cannot be read must not stop the sequence: it runs as if the country had no holidays.
            LOG.log(Level.SEVERE, LogId.HOLIDAYS_UNREADABLE + " the public holidays of " + country + " in " + year
                    + " could not be read; that country's holidays are not skipped", e);
            return Set.of();
        }
    }
}
