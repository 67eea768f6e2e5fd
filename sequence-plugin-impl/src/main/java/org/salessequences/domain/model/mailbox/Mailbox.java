package org.salessequences.domain.model.mailbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A rep's mailbox.
 *
 * @param ownerId     the rep (host user id)
 * @param fromName    display name of the From header, may be {@code null}
 * @param fromAddress the address their emails are sent from
 * @param signature   HTML for {@code $sender.signature}, may be {@code null}
 * @param smtp        their outgoing server, or {@code null} to send through the default mailbox
 * @param imap        their inbox, read for replies and bounces, or {@code null}
 * @param updatedAt   when they last changed it
 */
public record Mailbox(String ownerId, String fromName, String fromAddress, String signature, MailServer smtp,
                      MailServer imap, Instant updatedAt) {

    public Mailbox {
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
