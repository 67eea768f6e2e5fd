package org.salessequences.api.reminder;

import java.util.List;

/**
 * One page of reminders, sorted by due time.
 *
 * @param items the reminders of the page
 * @param total how many match the filters in all
 */
public record ReminderPage(List<ReminderView> items, long total) {
}
