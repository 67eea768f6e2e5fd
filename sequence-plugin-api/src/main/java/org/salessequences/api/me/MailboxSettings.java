package org.salessequences.api.me;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A rep's own mailbox as they set it ({@code PUT /api/v1/me/mailbox}). Without {@code smtp} the plugin's default
 * mailbox sends their emails (from {@code fromAddress}); without {@code imap} replies and bounces are not read from
 * their inbox (inbound events still report them).
 *
 * @param fromName    the display name of the From header, e.g. {@code Rita Rep}
 * @param fromAddress the address emails are sent from
 * @param signature   HTML the templates insert with {@code $sender.signature}
 * @param smtp        the outgoing server, or {@code null}
 * @param imap        the inbox to read, or {@code null}
 * @param limits      how fast the mailbox may send, or {@code null} for no limits beyond the daily one
 */
public record MailboxSettings(String fromName, String fromAddress, String signature, SmtpServer smtp,
                              ImapServer imap, MailboxLimits limits) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public MailboxSettings {
    }

    /** A mailbox without sending limits of its own. */
    public MailboxSettings(String fromName, String fromAddress, String signature, SmtpServer smtp, ImapServer imap) {
        this(fromName, fromAddress, signature, smtp, imap, null);
    }
}
