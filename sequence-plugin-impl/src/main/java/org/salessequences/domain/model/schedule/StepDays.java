package org.salessequences.domain.model.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The classic day rule without holidays: day 1 is the local date of the first run at or after enrollment, and day N
 * falls N-1 days later, counting business days (Monday to Friday) when weekends are excluded. Schedules with holidays
 * use {@link RunSchedule#stepDate}, of which this is the case without them.
 */
public final class StepDays {

    private StepDays() {
    }

    /**
     * @param dayOne          the enrollment's day 1
     * @param day             the step's day, from 1
     * @param excludeWeekends count business days
     * @return the local date the step is due on
     */
    public static LocalDate dueDate(LocalDate dayOne, int day, boolean excludeWeekends) {
        return new RunSchedule(LocalTime.MIDNIGHT, ZoneOffset.UTC, excludeWeekends, null).stepDate(dayOne, day);
    }
}
