package org.salessequences.domain.model.reminder;

/** Whether a reminder still waits for the rep. */
public enum ReminderStatus {
    OPEN, DONE
}
