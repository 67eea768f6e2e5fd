package org.salessequences.infrastructure.mail;

import java.net.URI;
import java.time.Duration;

import org.salessequences.domain.model.mailbox.MailServer;

/**
 * The email channel's configuration.
 *
 * @param publicUrl             base of tracking and unsubscribe links ({@code sequences.public.url})
 * @param defaultServer         the default mailbox's SMTP server ({@code sequences.smtp.*})
 * @param defaultFrom           the default mailbox's address ({@code sequences.smtp.from})
 * @param connectionsPerMailbox open connections kept per SMTP server
 * @param idleTimeout           how long an unused connection stays open
 */
public record MailSettings(String publicUrl, MailServer defaultServer, String defaultFrom, int connectionsPerMailbox,
                           Duration idleTimeout) {

    /** The domain part of Message-IDs: the host of the public URL, so that ids name this installation. */
    public String messageIdDomain() {
        String host = URI.create(publicUrl).getHost();
        return host == null || host.isBlank() ? "sales-sequences.invalid" : host;
    }

    /** The Message-ID of a step execution's email: the same on every attempt, so a retried send is one email. */
    public String messageIdOf(String executionId) {
        return "<" + executionId + "@" + messageIdDomain() + ">";
    }
}
