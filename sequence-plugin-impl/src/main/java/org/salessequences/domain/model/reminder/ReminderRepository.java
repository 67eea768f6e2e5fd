package org.salessequences.domain.model.reminder;

import java.util.Optional;

/** Reminders. The filtered listing of the activities dashboard comes with the reminders API. */
public interface ReminderRepository {

    void add(Reminder reminder);

    Optional<Reminder> find(String id);

    /** The reminder a step execution created, if any. */
    Optional<Reminder> findByExecution(String executionId);
}
