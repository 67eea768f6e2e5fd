package org.salessequences.application.mail;

import java.util.Collection;

import org.salessequences.application.EffectException;

/**
 * Renders and sends the emails of step executions. Implementations are thread-safe; they reuse mailbox
 * connections across calls.
 */
public interface EmailChannel {

    /**
     * Renders the email for the contact (or takes the overrides) without sending it.
     *
     * @throws EffectException when the contact cannot be resolved, a
     *         {@link org.salessequences.application.TemplateFailedException} when a template cannot be rendered
     */
    RenderedEmail render(EmailRequest request);

    /**
     * Renders the email as {@link #send} would send it (subject with threading, HTML and its text alternative),
     * without tracking, sending or recording anything.
     *
     * @throws EffectException when the contact cannot be resolved, a
     *         {@link org.salessequences.application.TemplateFailedException} when a template cannot be rendered
     */
    EmailPreview preview(EmailRequest request);

    /**
     * Sends a rendered email, untracked and unthreaded, through the owner's mailbox to {@code to} (the owner's own
     * address: "send a test to me"), under a Message-ID of its own.
     *
     * @return the subject it went with
     * @throws EffectException when it cannot be sent, in words
     */
    String sendTest(String ownerId, String to, EmailPreview email);

    /**
     * Renders (unless overridden), adds tracking, threading and unsubscribe headers, and sends the email through
     * the owner's mailbox.
     *
     * @throws EffectException retryable for transient failures (connection, 4xx SMTP replies), not retryable for
     *                         permanent ones (recipient refused, no such contact); a
     *                         {@link RecipientUnsubscribedException} when the address unsubscribed, a
     *                         {@link org.salessequences.application.TemplateFailedException} when a template
     *                         cannot be rendered
     */
    SentEmail send(EmailRequest request);

    /**
     * A sender for a batch of emails to these contacts on behalf of these owners, with the contacts, their
     * accounts, the owners' mailboxes and the unsubscribe list read in a few queries for all of them. What it reads
     * ahead may be as old as the batch; anything else is looked up when an email needs it.
     *
     * @throws EffectException when reading ahead failed (the caller can send one by one instead)
     */
    EmailBatch readAhead(Collection<String> contactIds, Collection<String> ownerIds);
}
