package org.salessequences.api.me;

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
 */
public record MailboxSettings(String fromName, String fromAddress, String signature, SmtpServer smtp,
                              ImapServer imap) {
}
