package org.salessequences.domain.model.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RunScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final RunSchedule daily = new RunSchedule(LocalTime.of(9, 0), BERLIN, false, null);
    private final RunSchedule weekdays = new RunSchedule(LocalTime.of(9, 0), BERLIN, true, null);

    @Test
    void runsTodayWhenTheTimeIsStillAhead() {
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), daily.nextRun(Instant.parse("2026-03-02T07:59:00Z"), null));
    }

    @Test
    void runsTomorrowOnceTodaysTimeHasPassed() {
        assertEquals(Instant.parse("2026-03-03T08:00:00Z"), daily.nextRun(Instant.parse("2026-03-02T08:00:00Z"), null));
    }

    @Test
    void skipsTheWeekendWhenAsked() {
        // Friday 2026-03-06 after 09:00 Berlin: the next run is Monday.
        assertEquals(Instant.parse("2026-03-09T08:00:00Z"),
                weekdays.nextRun(Instant.parse("2026-03-06T10:00:00Z"), null));
        assertEquals(Instant.parse("2026-03-07T08:00:00Z"), daily.nextRun(Instant.parse("2026-03-06T10:00:00Z"), null));
    }

    @Test
    void keepsTheLocalTimeAcrossDaylightSavingChanges() {
        // Berlin springs forward on 2026-03-29: 09:00 is 08:00Z before and 07:00Z after.
        assertEquals(Instant.parse("2026-03-28T08:00:00Z"), daily.nextRun(Instant.parse("2026-03-27T09:00:00Z"), null));
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), daily.nextRun(Instant.parse("2026-03-28T09:00:00Z"), null));
        // ...and falls back on 2026-10-25.
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"), daily.nextRun(Instant.parse("2026-10-24T08:00:00Z"), null));
    }

    @Test
    void aTimeInTheSpringForwardGapRunsAsLateAsTheGap() {
        RunSchedule early = new RunSchedule(LocalTime.of(2, 30), BERLIN, false, null);
        // 02:30 does not exist on 2026-03-29 in Berlin; it becomes 03:30 CEST = 01:30Z.
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), early.nextRun(Instant.parse("2026-03-28T12:00:00Z"), null));
    }

    @Test
    void aSmartSequenceRunsEveryIntervalAndPausesOverTheWeekend() {
        RunSchedule smart = new RunSchedule(LocalTime.of(9, 0), BERLIN, true, 2);
        // Last run Thursday 2026-03-05: +2 days is Saturday, so Monday.
        assertEquals(Instant.parse("2026-03-09T08:00:00Z"),
                smart.nextRun(Instant.parse("2026-03-05T08:00:00Z"), LocalDate.of(2026, 3, 5)));
        // Last run Monday: Wednesday.
        assertEquals(Instant.parse("2026-03-11T08:00:00Z"),
                smart.nextRun(Instant.parse("2026-03-09T08:00:00Z"), LocalDate.of(2026, 3, 9)));
    }

    @Test
    void aMissedSmartRunIsDueAtOnce() {
        RunSchedule smart = new RunSchedule(LocalTime.of(9, 0), BERLIN, false, 3);
        Instant next = smart.nextRun(Instant.parse("2026-03-20T08:00:00Z"), LocalDate.of(2026, 3, 2));
        assertTrue(next.isBefore(Instant.parse("2026-03-20T08:00:00Z")));
    }

    @Test
    void weekendsAreNoRunDaysWhenExcluded() {
        assertFalse(weekdays.isRunDay(LocalDate.of(2026, 3, 7)));
        assertTrue(daily.isRunDay(LocalDate.of(2026, 3, 7)));
        assertTrue(weekdays.isRunDay(LocalDate.of(2026, 3, 9)));
    }

    @Test
    void holidaysAreNoRunDaysAndAreNotCounted() {
        LocalDate holiday = LocalDate.of(2026, 3, 10);
        RunSchedule withHoliday = new RunSchedule(LocalTime.of(9, 0), BERLIN, false, null, holiday::equals);
        assertFalse(withHoliday.isRunDay(holiday));
        // The run after Monday the 9th skips Tuesday the 10th.
        assertEquals(Instant.parse("2026-03-11T08:00:00Z"), withHoliday.nextRun(Instant.parse("2026-03-09T09:00:00Z"),
                null));
        // Day 2 of an enrollment that began on the 9th is the 11th, day 3 the 12th (calendar days otherwise).
        assertEquals(LocalDate.of(2026, 3, 11), withHoliday.stepDate(LocalDate.of(2026, 3, 9), 2));
        assertEquals(LocalDate.of(2026, 3, 12), withHoliday.stepDate(LocalDate.of(2026, 3, 9), 3));
    }

    @Test
    void theSameScheduleInAContactsZoneKeepsItsLocalTime() {
        RunSchedule tokyo = daily.inZone(ZoneId.of("Asia/Tokyo"));
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), tokyo.at(LocalDate.of(2026, 3, 2)));
        // 09:00 Berlin is 17:00 in Tokyo: Tokyo's 09:00 of that date has come, so that date is due there.
        assertEquals(LocalDate.of(2026, 3, 2), tokyo.runDateAt(Instant.parse("2026-03-02T08:00:00Z")));
        // Before 09:00 in Tokyo nothing is due there yet.
        assertEquals(null, tokyo.runDateAt(Instant.parse("2026-03-01T23:59:00Z")));
    }
}
