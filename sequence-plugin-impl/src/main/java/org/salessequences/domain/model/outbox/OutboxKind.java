package org.salessequences.domain.model.outbox;

/** The side effects the outbox carries out. */
public enum OutboxKind {
    /** Render and send the email of an EMAIL step execution. */
    EMAIL,
    /** Render the email of an EMAIL_REMINDER step execution into a reminder for the rep. */
    EMAIL_REMINDER,
    /** Create the reminder (and the host task) of a FOLLOW_UP or CALL_REMINDER step execution. */
    TASK,
    /** Send the text of an SMS step execution. */
    SMS,
    /**
     * Write Last contacted mode / Last activity type to the host contact and log an activity on its timeline
     * (payload: a {@code HostUpdate}).
     */
    HOST_UPDATE
}
