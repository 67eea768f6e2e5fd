package org.salessequences.domain.model.execution;

import java.time.Instant;

/**
 * What retention removes, in batches each its own transaction: the step executions of enrollments that ended before
 * a date (compacted into per-step counters, so that metrics keep counting them), and outbox entries carried out
 * before a date. An execution whose reminder is still open is kept.
 */
public interface RetentionStore {

    /**
     * Claims the daily run of a housekeeping task for this member: true once a day across the cluster.
     *
     * @param notSince the task runs when it last ran before this instant
     */
    boolean claimDaily(String task, Instant now, Instant notSince);

    /** Compacts the executions of up to {@code batch} enrollments ended before {@code endedBefore}; returns how many. */
    int compactEnded(Instant endedBefore, Instant now, int batch);

    /** Deletes up to {@code batch} outbox entries done or failed before {@code doneBefore}; returns how many. */
    int deleteFinishedOutbox(Instant doneBefore, int batch);
}
