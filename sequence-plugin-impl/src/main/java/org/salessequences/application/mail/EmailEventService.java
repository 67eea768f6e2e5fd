package org.salessequences.application.mail;

import java.time.Instant;
import java.util.List;

/**
 * What happened to sent emails, reported by the tracking endpoints, the mailbox poller and inbound events.
 * Every method is idempotent (a repeated report changes nothing more) and answers whether it matched an email
 * the plugin sent.
 */
public interface EmailEventService {

    /** The open pixel of the step execution's email was loaded. */
    boolean opened(String executionId, Instant at);

    /** A tracked link of the step execution's email was followed. */
    boolean clicked(String executionId, Instant at);

    /**
     * A reply arrived that refers to one of these Message-IDs (from {@code In-Reply-To} and {@code References}).
     * Auto-replies must not be reported.
     */
    boolean replied(List<String> messageIds, Instant at);

    /** A delivery status notification says the email with this Message-ID bounced. */
    boolean bounced(String messageId, String diagnostic, Instant at);

    /**
     * The recipient reported the email as spam (a feedback report): the address is unsubscribed as a complaint, which
     * the sequence guardrails count.
     *
     * @param executionId the complained-of email's execution, or {@code null} when only the address is known
     */
    boolean complained(String executionId, String email, Instant at);

    /** The recipient of the step execution's email unsubscribed (link, one-click, or List-Unsubscribe). */
    boolean unsubscribed(String executionId, Instant at);

    /**
     * An address unsubscribed outside a tracked email (an inbound event naming the contact or the address).
     *
     * @param contactId the host contact, or {@code null} when only the address is known
     * @param email     the address, or {@code null} when only the contact is known
     */
    boolean unsubscribedAddress(String contactId, String email, Instant at);
}
