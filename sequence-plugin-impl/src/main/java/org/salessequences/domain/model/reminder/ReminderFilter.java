package org.salessequences.domain.model.reminder;

import java.time.Instant;
import java.util.List;

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
 * @param words      the words of the text search ({@link SearchWords} of {@code q}): each must begin a word of the
 *                   reminder's subject, title or note ("deck ann" finds "Send deck to Anna"; "eck" does not). Empty
 *                   means any; at most {@link #MAX_WORDS}
 */
public record ReminderFilter(String ownerId, ReminderType type, ReminderStatus status, String sequenceId,
                             String contactId, Instant dueFrom, Instant dueTo, List<String> words) {

    /** The most words a search may have: each one is an index lookup of its own. */
    public static final int MAX_WORDS = 8;

    public ReminderFilter {
        words = words == null ? List.of() : List.copyOf(words);
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("a search has at most " + MAX_WORDS + " words");
        }
    }
}
