package org.salessequences.api.reminder;

import java.time.OffsetDateTime;

/**
 * A reminder or task for a rep.
 *
 * @param id           the reminder
 * @param type         {@code EMAIL_REMINDER}, {@code FOLLOW_UP} or {@code CALL_REMINDER}
 * @param status       {@code OPEN} or {@code DONE}
 * @param dueAt        when it is due
 * @param ownerId      the rep it is for
 * @param contactId    the contact it is about
 * @param sequenceId   the sequence
 * @param sequenceName its name
 * @param stepId       the step that created it
 * @param subject      email reminders: the subject (as rendered, or as the rep sent it)
 * @param body         email reminders: the body
 * @param title        tasks: the title
 * @param note         tasks: the note
 * @param outcome      when done: the outcome ({@code SENT} for an email reminder)
 * @param outcomeNote  when done: the rep's note
 * @param doneAt       when it was done
 */
public record ReminderView(String id, String type, String status, OffsetDateTime dueAt, String ownerId,
                           String contactId, String sequenceId, String sequenceName, String stepId, String subject,
                           String body, String title, String note, String outcome, String outcomeNote,
                           OffsetDateTime doneAt) {
}
