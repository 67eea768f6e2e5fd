package org.salessequences.domain.model.reminder;

/** The three kinds of reminder, named after the steps that create them. */
public enum ReminderType {
    EMAIL_REMINDER, FOLLOW_UP, CALL_REMINDER
}
