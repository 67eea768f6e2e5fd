package org.salessequences.api.reminder;

import java.util.List;

/**
 * One page of reminders, sorted by due time.
 *
 * @param items      the reminders of the page
 * @param total      how many match the filters in all; at least that many when {@code totalExact} is false
 * @param totalExact false when the count stopped at {@code total}: a text search whose words begin words of most
 *                   reminders is counted only so far (a dashboard shows "1000+")
 */
public record ReminderPage(List<ReminderView> items, long total, boolean totalExact) {
}
