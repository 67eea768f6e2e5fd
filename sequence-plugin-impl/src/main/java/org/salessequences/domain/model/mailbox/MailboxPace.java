package org.salessequences.domain.model.mailbox;

import java.time.Instant;

import org.salessequences.domain.model.execution.ExecutionReason;

/**
 * The turns of a limited mailbox, shared by every cluster member through the database (one row per mailbox, locked
 * while an email takes its turn), so that two members sending for the same mailbox share one budget.
 *
 * <p>An email may go when it is first in the mailbox's line, the spacing since the last email has passed and fewer
 * than {@code perHour} emails went in the last 60 minutes. One that may not is given a place in line (after those
 * already waiting) with the time it can expect its turn; it keeps its place until it goes. The limits count the
 * time each email was handed to the server ({@link #sent}), so they hold as the server sees them.
 */
public interface MailboxPace {

    /**
     * Asks for the turn of the outbox entry {@code entryId} to send for {@code ownerId} now. Commits on its own, before
     * the email is sent.
     */
    Turn take(String ownerId, SendLimits limits, String entryId, Instant now);

    /** The email of a granted turn was handed to the server (or failed) at {@code at}: the spacing counts from here. */
    void sent(String ownerId, SendLimits limits, String turnId, Instant at);

    /**
     * An answer of {@link #take}.
     *
     * @param granted whether the email goes now
     * @param turnId  the granted turn, for {@link #sent}
     * @param retryAt when it is expected to be its turn, when not granted
     * @param reason  which limit holds it, when not granted
     */
    record Turn(boolean granted, String turnId, Instant retryAt, ExecutionReason reason) {

        public static Turn granted(String turnId) {
            return new Turn(true, turnId, null, null);
        }

        public static Turn wait(Instant retryAt, ExecutionReason reason) {
            return new Turn(false, null, retryAt, reason);
        }
    }
}
