package org.salessequences.infrastructure.holidays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.schedule.HolidayCalendar;
import org.salessequences.domain.model.schedule.RunSchedule;

class JollydayPublicHolidaysTest {

    private final JollydayPublicHolidays holidays = new JollydayPublicHolidays();

    @Test
    void knowsTheNationalPublicHolidaysOfACountry() {
        HolidayCalendar germany = holidays.of(List.of("DE"));
        assertTrue(germany.isHoliday(LocalDate.of(2026, 5, 25)), "Whit Monday 2026");
        assertTrue(germany.isHoliday(LocalDate.of(2026, 10, 3)), "German Unity Day");
        assertTrue(germany.isHoliday(LocalDate.of(2027, 5, 17)), "Whit Monday 2027: another year is computed too");
        assertFalse(germany.isHoliday(LocalDate.of(2026, 5, 26)));
        // Regional holidays are not national ones: Epiphany is a holiday in Bavaria only.
        assertFalse(germany.isHoliday(LocalDate.of(2026, 1, 6)));
    }

    @Test
    void skipsTheDayAHolidayIsObservedOnToo() {
        HolidayCalendar us = holidays.of(List.of("us"));
        // July 4th 2026 is a Saturday; the federal holiday is observed on Friday the 3rd.
        assertTrue(us.isHoliday(LocalDate.of(2026, 7, 4)));
        assertTrue(us.isHoliday(LocalDate.of(2026, 7, 3)));
    }

    @Test
    void joinsTheHolidaysOfSeveralCountries() {
        HolidayCalendar both = holidays.of(List.of("DE", "US"));
        assertTrue(both.isHoliday(LocalDate.of(2026, 5, 25)));
        assertTrue(both.isHoliday(LocalDate.of(2026, 11, 26)), "Thanksgiving");
    }

    @Test
    void tellsWhichCountriesItKnows() {
        assertTrue(holidays.supports("DE"));
        assertTrue(holidays.supports("JP"));
        assertFalse(holidays.supports("XX"));
        assertSame(HolidayCalendar.NONE, holidays.of(List.of()));
    }

    @Test
    void aDayTwoStepOnWhitMondayMovesToTheNextBusinessDay() {
        RunSchedule schedule = new RunSchedule(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), true, null,
                holidays.of(List.of("DE")));
        // Day 1 Friday 2026-05-22; Monday the 25th is Whit Monday: day 2 is Tuesday, day 3 Wednesday.
        assertTrue(schedule.stepDate(LocalDate.of(2026, 5, 22), 2).equals(LocalDate.of(2026, 5, 26)));
        assertTrue(schedule.stepDate(LocalDate.of(2026, 5, 22), 3).equals(LocalDate.of(2026, 5, 27)));
        assertFalse(schedule.isRunDay(LocalDate.of(2026, 5, 25)));
    }
}
