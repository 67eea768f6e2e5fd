package org.salessequences.application.mail;

import org.salessequences.application.EffectException;

/**
 * Renders and sends the emails of step executions. Implementations are thread-safe; they reuse mailbox
 * connections across calls.
 */
public interface EmailChannel {

    /**
     * Renders the email for the contact (or takes the overrides) without sending it.
     *
     * @throws EffectException when the contact or a template cannot be resolved
     */
    RenderedEmail render(EmailRequest request);

    /**
     * Renders (unless overridden), adds tracking, threading and unsubscribe headers, and sends the email through
     * the owner's mailbox.
     *
     * @throws EffectException retryable for transient failures (connection, 4xx SMTP replies), not retryable for
     *                         permanent ones (recipient refused, no such contact); a
     *                         {@link RecipientUnsubscribedException} when the address unsubscribed
     */
    SentEmail send(EmailRequest request);
}
