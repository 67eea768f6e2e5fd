package org.salessequences.domain.model.mailbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether sending through each rep's own mailbox keeps failing: its failures in a row (the server could not be
 * reached, refused the login, or is not allowed), cleared by the next email that goes through it. Only the rep's
 * own servers count; the default mailbox is the administrator's.
 */
public interface MailboxHealth {

    /** Failures in a row from which a mailbox is flagged to its owner. */
    int FAILURES_TO_FLAG = 3;

    /** What is known of a mailbox's failures in a row. */
    record Failures(int count, Instant since, String lastError) {

        public boolean keepsFailing() {
            return count >= FAILURES_TO_FLAG;
        }
    }

    /** One more failure of the owner's mailbox, {@code reason} in words. */
    void failed(String ownerId, String reason, Instant at);

    /** An email went through the owner's mailbox: whatever failed before is over. */
    void sent(String ownerId);

    /** The owner's failures in a row, empty when the last attempt went through (or none failed). */
    Optional<Failures> failures(String ownerId);
}
