package org.salessequences.domain.model.reminder;

import java.util.List;
import java.util.Optional;

/** Reminders. */
public interface ReminderRepository {

    /**
     * Reminders matching the filter, by due time (then id), one page: after {@code after} when it is given (a keyset
     * page, {@code offset} unused), else from {@code offset}.
     */
    List<Reminder> search(ReminderFilter filter, ReminderCursor after, int offset, int limit);

    /**
     * How many reminders match the filter, counted up to a bound (10,000; 1,000 for a text search whose every word
     * begins words of very many reminders): beyond it the count says "at least".
     */
    ReminderCount count(ReminderFilter filter);

    void add(Reminder reminder);

    Optional<Reminder> find(String id);

    /** The reminder a step execution created, if any. */
    Optional<Reminder> findByExecution(String executionId);
}
