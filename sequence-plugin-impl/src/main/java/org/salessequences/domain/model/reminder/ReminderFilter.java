package org.salessequences.domain.model.reminder;

import java.time.Instant;

/**
 * The filters of the activities dashboard; {@code null} means "any".
 *
 * @param ownerId    the rep whose reminders (always set for reps; admins may leave it out)
 * @param type       one kind of reminder
 * @param status     open or done
 * @param sequenceId one sequence
 * @param contactId  one contact
 * @param dueFrom    due at or after
 * @param dueTo      due before
 * @param text       text in the subject, title or note (case-insensitive)
 */
public record ReminderFilter(String ownerId, ReminderType type, ReminderStatus status, String sequenceId,
                             String contactId, Instant dueFrom, Instant dueTo, String text) {
}
