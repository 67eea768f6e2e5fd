package org.salessequences.application;

import org.salessequences.api.reminder.CompleteReminder;
import org.salessequences.api.reminder.ReminderPage;
import org.salessequences.api.reminder.ReminderView;
import org.salessequences.api.reminder.SendReminder;

/** The activities dashboard: a rep's reminders and tasks, and acting on them. */
public interface ReminderService {

    /**
     * Reminders matching the filters, by due time. Reps see their own; admins everyone's, or one rep's with
     * {@code owner}.
     *
     * <p>{@code q} finds reminders by the beginnings of words: it is split into words as the reminders' subject,
     * title and note are ({@link org.salessequences.domain.model.reminder.SearchWords}: lower-cased, split on anything
     * that is not a letter or digit), and each of its words must begin some word of the reminder, in any order and
     * ignoring case: {@code "deck ann"} finds "Send deck to Anna", {@code "eck"} does not. A {@code q} without any
     * letter or digit filters nothing, like an empty one.
     *
     * @throws ValidationException naming each bad filter ({@code q} with more than
     *                             {@link org.salessequences.domain.model.reminder.ReminderFilter#MAX_WORDS} words)
     */
    ReminderPage list(Caller caller, ReminderQuery query);

    /** @throws NotFoundException when it does not exist or is someone else's */
    ReminderView get(Caller caller, String id);

    /**
     * Sends an email reminder as the rep edited it, through the email channel as the step's email (threading,
     * tracking and unsubscribe apply); the contact goes on with the sequence at the next run.
     *
     * @throws ConflictException       when it is not an open email reminder
     * @throws LimitExceededException  when the rep reached the daily email limit (send it tomorrow)
     * @throws EffectException         when the email could not be sent; the reminder stays open
     */
    ReminderView send(Caller caller, String id, SendReminder email);

    /**
     * Completes a follow-up or call reminder with an outcome; logs it on the contact and updates Last activity type
     * (Task, Call) and, for a connected call, Last contacted mode (Outgoing call).
     */
    ReminderView complete(Caller caller, String id, CompleteReminder completion);

    /**
     * The query parameters of {@code GET /api/v1/reminders}, as received.
     */
    /** @param after the {@code nextCursor} of the page before (keyset paging; {@code page} is then unused) */
    record ReminderQuery(String type, String status, String sequenceId, String contactId, String dueFrom,
                         String dueTo, String q, String owner, int page, int size, String after) {
    }
}
