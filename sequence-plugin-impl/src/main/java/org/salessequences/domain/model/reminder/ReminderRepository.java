package org.salessequences.domain.model.reminder;

import java.util.List;
import java.util.Optional;

/** Reminders. */
public interface ReminderRepository {

    /** Reminders matching the filter, by due time (then id), one page. */
    List<Reminder> search(ReminderFilter filter, int offset, int limit);

    /**
     * How many reminders match the filter: exactly, except for a text search whose every word begins words of very
     * many reminders, which is counted up to a bound (the dashboard shows "1,000+").
     */
    ReminderCount count(ReminderFilter filter);

    void add(Reminder reminder);

    Optional<Reminder> find(String id);

    /** The reminder a step execution created, if any. */
    Optional<Reminder> findByExecution(String executionId);
}
