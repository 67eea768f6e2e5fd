package org.salessequences.api.reminder;

/**
 * {@code POST /api/v1/reminders/{id}/complete}.
 *
 * @param outcome calls: {@code CONNECTED}, {@code NO_ANSWER}, {@code LEFT_VOICEMAIL}, {@code BUSY},
 *                {@code WRONG_NUMBER}; follow-ups: {@code DONE} (the default)
 * @param note    what happened, for the contact's timeline
 */
public record CompleteReminder(String outcome, String note) {
}
