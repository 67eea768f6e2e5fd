package org.salessequences.api.reminder;

import java.util.List;

/**
 * One page of reminders, sorted by due time.
 *
 * @param items      the reminders of the page
 * @param total      how many match the filters in all; at least that many when {@code totalExact} is false
 * @param totalExact false when the count stopped at {@code total}: counts stop at 10,000, and at 1,000 for a text
 *                   search whose every word begins words of very many reminders (a dashboard shows "10000+")
 * @param nextCursor where the next page starts ({@code GET /api/v1/reminders?after=}); {@code null} on the last page
 */
public record ReminderPage(List<ReminderView> items, long total, boolean totalExact, String nextCursor) {
}
