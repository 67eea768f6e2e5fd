package org.salessequences.api.me;

/**
 * {@code POST /api/v1/me/mailbox/check}: whether each stored server of the caller's mailbox accepts a connection
 * and the login, as sending and reading replies would make them; nothing is sent or read.
 *
 * @param smtp the outgoing server's answer, {@code null} when the mailbox has none (the default mailbox sends)
 * @param imap the inbox's answer, {@code null} when the mailbox has none
 */
public record MailboxCheck(ServerCheck smtp, ServerCheck imap) {

    /**
     * One server's answer.
     *
     * @param ok    whether it connected and logged in
     * @param error why not, in words ({@code could not connect to smtp.example.com:587}), {@code null} when ok
     */
    public record ServerCheck(boolean ok, String error) {
    }
}
