package org.salessequences.domain.model.reminder;

import java.util.List;
import java.util.Optional;

/** Reminders. */
public interface ReminderRepository {

    /** Reminders matching the filter, by due time (then id), one page. */
    List<Reminder> search(ReminderFilter filter, int offset, int limit);

    long count(ReminderFilter filter);

    void add(Reminder reminder);

    Optional<Reminder> find(String id);

    /** The reminder a step execution created, if any. */
    Optional<Reminder> findByExecution(String executionId);
}
