package org.salessequences.domain.model.schedule;

import java.util.List;

/**
 * The countries' public holiday calendars (a maintained calendar library behind it). Thread-safe; calendars are
 * computed once per country and year.
 */
public interface PublicHolidays {

    /** Whether a calendar for this ISO 3166-1 alpha-2 code (upper case, e.g. {@code DE}) is known. */
    boolean supports(String countryCode);

    /**
     * The union of the public holidays of these countries (codes the calendar {@link #supports}); {@link
     * HolidayCalendar#NONE} for none.
     */
    HolidayCalendar of(List<String> countryCodes);
}
