package org.salessequences.api.reminder;

/**
 * {@code POST /api/v1/reminders/{id}/send}: the email as the rep edited it.
 *
 * @param subject the subject to send
 * @param body    the HTML body to send
 */
public record SendReminder(String subject, String body) {
}
