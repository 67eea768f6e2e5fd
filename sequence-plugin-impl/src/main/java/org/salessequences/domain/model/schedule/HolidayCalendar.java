package org.salessequences.domain.model.schedule;

import java.time.LocalDate;

/**
 * The public holidays a schedule skips like weekends: no step runs on them and day counting passes over them. A
 * holiday is a local date, asked in whichever zone the schedule applies (the sequence's, or the contact's).
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** No holidays at all. */
    HolidayCalendar NONE = date -> false;

    boolean isHoliday(LocalDate date);
}
