package org.salessequences.domain.model.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a sequence runs: at {@code time} in {@code zone} every day (classic) or every {@code intervalDays}
 * (smart), never on Saturday or Sunday when weekends are excluded, never on a public holiday of the schedule's
 * {@code holidays}. Days on which nothing runs are not counted either: a classic step's day N is N-1 run days after
 * day 1 ({@link #stepDate}).
 *
 * <p>Daylight-saving changes follow the zone's rules: a time that does not exist on a spring-forward day runs
 * as late as the gap (02:30 becomes 03:30), and a time that occurs twice on a fall-back day runs at its first
 * occurrence.
 *
 * <p>With recipient time zones the same schedule is applied in each contact's own zone ({@link #inZone}).
 *
 * @param time            local time of day
 * @param zone            the sequence's time zone (or, from {@link #inZone}, a contact's)
 * @param excludeWeekends no runs on Saturday and Sunday
 * @param intervalDays    days between the runs of a smart sequence; {@code null} for daily (classic)
 * @param holidays        dates on which nothing runs, besides weekends
 */
public record RunSchedule(LocalTime time, ZoneId zone, boolean excludeWeekends, Integer intervalDays,
                          HolidayCalendar holidays) {

    public RunSchedule {
        holidays = holidays == null ? HolidayCalendar.NONE : holidays;
    }

    /** A schedule without holidays. */
    public RunSchedule(LocalTime time, ZoneId zone, boolean excludeWeekends, Integer intervalDays) {
        this(time, zone, excludeWeekends, intervalDays, HolidayCalendar.NONE);
    }

    /** The same schedule in another time zone (a contact's): the same local time, days and holidays there. */
    public RunSchedule inZone(ZoneId other) {
        return other.equals(zone) ? this : new RunSchedule(time, other, excludeWeekends, intervalDays, holidays);
    }

    /**
     * The first scheduled run strictly after {@code after}, given the local date of the last scheduled run
     * ({@code null} when it has not run on its schedule yet). A smart sequence runs {@code intervalDays} after its
     * last run (a day on which nothing runs pauses the interval until the next run day); when that time has already
     * passed (the plugin was down), the answer is in the past and the run happens at once, once.
     */
    public Instant nextRun(Instant after, LocalDate lastRunDate) {
        if (intervalDays != null && lastRunDate != null) {
            return at(nextRunDay(lastRunDate.plusDays(intervalDays)));
        }
        LocalDate date = after.atZone(zone).toLocalDate();
        while (true) {
            date = nextRunDay(date);
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

    /**
     * The run date whose time has come at {@code instant} in this schedule's zone: the local date of {@code instant}
     * when it is a run day and its scheduled time is not after {@code instant}; {@code null} when nothing is due
     * there at that instant (before the time of day, or a weekend or holiday).
     */
    public LocalDate runDateAt(Instant instant) {
        LocalDate date = localDate(instant);
        return isRunDay(date) && !at(date).isAfter(instant) ? date : null;
    }

    /** Whether a run on {@code date} may execute steps (neither an excluded weekend day nor a holiday). */
    public boolean isRunDay(LocalDate date) {
        return !(excludeWeekends && isWeekend(date)) && !holidays.isHoliday(date);
    }

    /** The instant the schedule's time falls at on {@code date}. */
    public Instant at(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /**
     * The classic day rule: the date a step of day {@code day} falls on for an enrollment whose day 1 is {@code
     * dayOne}: {@code day - 1} run days after it (calendar days when every day is a run day).
     */
    public LocalDate stepDate(LocalDate dayOne, int day) {
        LocalDate date = nextRunDay(dayOne);
        for (int remaining = day - 1; remaining > 0; remaining--) {
            date = nextRunDay(date.plusDays(1));
        }
        return date;
    }

    /** {@code date} itself when it is a run day, else the first run day after it. */
    public LocalDate nextRunDay(LocalDate date) {
        LocalDate day = date;
        // A calendar cannot make every day a holiday; the bound only guards against a broken one.
        for (int i = 0; i < 366 && !isRunDay(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
