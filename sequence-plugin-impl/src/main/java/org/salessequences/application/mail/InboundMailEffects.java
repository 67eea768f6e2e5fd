package org.salessequences.application.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.salessequences.domain.model.inbound.BounceClass;

/**
 * What the bounces, complaints and out-of-office replies read from a rep's inbox do to the rep's sequences. Each
 * call is its own transaction and answers whether it matched an email the plugin sent.
 */
public interface InboundMailEffects {

    /** Soft bounces of one address within this many days that count as a hard bounce. */
    int SOFT_BOUNCES_FOR_HARD = 3;
    int SOFT_BOUNCE_DAYS = 7;
    /** How far back a bounce without the original's Message-ID is matched to the mailbox's sends. */
    int RECENT_SEND_DAYS = 30;

    /**
     * A delivery failure. Hard (or the third soft one in seven days): the enrollment exits {@code BOUNCED} and the
     * address is suppressed for every sequence of the mailbox. Soft: recorded, the contact stays and the email goes
     * again at the next run (its step is {@code DEFERRED} with {@code SOFT_BOUNCE} until then). Sender-side:
     * recorded, the contact is not marked.
     *
     * @param messageId the bounced email's Message-ID, or {@code null} (then matched by recipient and recent sends)
     * @param recipient the failed address, or {@code null}
     */
    boolean bounced(String ownerId, String messageId, String recipient, BounceClass bounceClass, String status,
                    String diagnostic, Instant at);

    /** A feedback report: the address is unsubscribed as a complaint (exit {@code UNSUBSCRIBED}). */
    boolean complained(String ownerId, String messageId, String recipient, Instant at);

    /**
     * An out-of-office with a return date: the contact's enrollments in the mailbox's sequences pause until the next
     * business day after it (at most {@link org.salessequences.domain.model.inbound.ReturnDates#MAX_DAYS} days).
     *
     * @param messageIds the emails it answers (may be empty: then matched by its sender's address)
     */
    boolean outOfOffice(String ownerId, List<String> messageIds, String from, LocalDate returnDate, Instant at);

    /** Resumes the enrollments whose out-of-office pause has ended; @return how many */
    int resumeDue(Instant now);
}
