package org.salessequences.domain.model.reminder;

/**
 * How many reminders match a filter.
 *
 * @param value how many, or at least how many when not exact
 * @param exact false when counting stopped at {@code value}: a dashboard needs "10000+" rather than the exact
 *              figure beyond, and counting a rep's every reminder (or checking each for a common word) is what
 *              made the count slower than the page
 */
public record ReminderCount(long value, boolean exact) {

    public static ReminderCount exactly(long value) {
        return new ReminderCount(value, true);
    }

    public static ReminderCount atLeast(long value) {
        return new ReminderCount(value, false);
    }
}
