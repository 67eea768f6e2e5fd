package org.salessequences.domain.model.reminder;

/**
 * How many reminders match a filter.
 *
 * @param value how many, or at least how many when not exact
 * @param exact false when counting stopped at {@code value}: a text search whose every word begins words of most
 *              reminders would otherwise have to check each of them to say how many there are
 */
public record ReminderCount(long value, boolean exact) {

    public static ReminderCount exactly(long value) {
        return new ReminderCount(value, true);
    }

    public static ReminderCount atLeast(long value) {
        return new ReminderCount(value, false);
    }
}
