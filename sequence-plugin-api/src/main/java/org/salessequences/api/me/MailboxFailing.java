package org.salessequences.api.me;

/**
 * A rep's own mailbox that keeps failing, as {@code GET /api/v1/me/mailbox} flags it: sending through it failed
 * this many times in a row (connection, login or the server refusing it), and nothing went through it since.
 *
 * @param failures  failed attempts in a row
 * @param since     when the first of them failed (ISO-8601)
 * @param lastError the last reason, in words (never a password, never the server's own text)
 */
public record MailboxFailing(int failures, String since, String lastError) {
}
