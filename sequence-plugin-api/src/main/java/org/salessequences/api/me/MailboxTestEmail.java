package org.salessequences.api.me;

/**
 * {@code POST /api/v1/me/mailbox/test-email}: a short email sent through the caller's mailbox to the caller.
 *
 * @param sentTo  the address it went to
 * @param subject its subject
 */
public record MailboxTestEmail(String sentTo, String subject) {
}
