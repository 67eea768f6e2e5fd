package org.salessequences.domain.model.schedule;

import java.time.LocalDate;

/**
 * The classic day rule: day 1 is the local date of the first run at or after enrollment, and day N falls N-1
 * days later, counting business days (Monday to Friday) when weekends are excluded.
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
        if (!excludeWeekends) {
            return dayOne.plusDays(day - 1L);
        }
        LocalDate date = dayOne;
        int remaining = day - 1;
        while (RunSchedule.isWeekend(date)) {
            date = date.plusDays(1);
        }
        while (remaining > 0) {
            date = date.plusDays(1);
            if (!RunSchedule.isWeekend(date)) {
                remaining--;
            }
        }
        return date;
    }
}
