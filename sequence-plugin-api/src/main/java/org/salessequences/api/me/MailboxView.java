package org.salessequences.api.me;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A rep's mailbox as {@code GET /api/v1/me/mailbox} shows it: every setting except the passwords, of which only
 * their presence is told.
 *
 * @param fromName    the display name of the From header
 * @param fromAddress the address emails are sent from
 * @param signature   HTML inserted by {@code $sender.signature}
 * @param smtp        the outgoing server, or {@code null} when the default mailbox sends
 * @param imap        the inbox read for replies, or {@code null}
 * @param updatedAt   when the rep last changed it (ISO-8601)
 * @param limits      how fast it may send ({@code null} values: no such limit)
 * @param failing     set when sending through the rep's own server keeps failing, {@code null} otherwise
 */
public record MailboxView(String fromName, String fromAddress, String signature, Server smtp, Server imap,
                          String updatedAt, MailboxLimits limits, MailboxFailing failing) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public MailboxView {
    }

    /** A view without sending limits. */
    public MailboxView(String fromName, String fromAddress, String signature, Server smtp, Server imap,
                       String updatedAt) {
        this(fromName, fromAddress, signature, smtp, imap, updatedAt, null, null);
    }

    /** A view of a mailbox that is not failing. */
    public MailboxView(String fromName, String fromAddress, String signature, Server smtp, Server imap,
                       String updatedAt, MailboxLimits limits) {
        this(fromName, fromAddress, signature, smtp, imap, updatedAt, limits, null);
    }

    /**
     * One server without its password.
     *
     * @param host        host name
     * @param port        port
     * @param username    login, may be {@code null}
     * @param passwordSet whether a password is stored
     * @param starttls    for SMTP: STARTTLS; {@code null} for IMAP
     * @param ssl         for IMAP: TLS from the start; {@code null} for SMTP
     */
    public record Server(String host, Integer port, String username, boolean passwordSet, Boolean starttls,
                         Boolean ssl) {
    }
}
