package org.salessequences.domain.model.execution;

import java.time.Instant;

/**
 * What became of an email step's email, read from its outbox entry: the timeline shows it rather than only that the
 * step ran.
 *
 * @param status        where the email is
 * @param attempts      attempts so far
 * @param lastError     why the last attempt failed; {@code null} when none did
 * @param nextAttemptAt when it is tried next, while it waits
 * @param sentAt        when it went
 */
public record Delivery(Status status, int attempts, String lastError, Instant nextAttemptAt, Instant sentAt) {

    /** The email's state. */
    public enum Status { QUEUED, SENT, RETRYING, FAILED }

    /**
     * The delivery of an email from what is known of it, or {@code null} when it never had an email (a skipped step).
     *
     * @param sentAt        when the execution recorded the email as sent
     * @param outboxStatus  its outbox entry's status ({@code PENDING}, {@code DONE}, {@code FAILED}), {@code null} once
     *                      retention removed the entry
     */
    public static Delivery of(Instant sentAt, String outboxStatus, int attempts, String lastError,
                              Instant nextAttemptAt) {
        if (sentAt != null || "DONE".equals(outboxStatus)) {
            return new Delivery(Status.SENT, attempts, null, null, sentAt);
        }
        if (outboxStatus == null) {
            return null;
        }
        if ("FAILED".equals(outboxStatus)) {
            return new Delivery(Status.FAILED, attempts, lastError, null, null);
        }
        return lastError == null ? new Delivery(Status.QUEUED, attempts, null, nextAttemptAt, null)
                : new Delivery(Status.RETRYING, attempts, lastError, nextAttemptAt, null);
    }
}
