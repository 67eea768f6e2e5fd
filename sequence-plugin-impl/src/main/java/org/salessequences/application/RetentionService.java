package org.salessequences.application;

/**
 * Keeps the plugin's tables the size of the work under way (see {@code sequences.retention.*}): once a day, on one
 * member of a cluster, the executions of enrollments that ended long ago are compacted into per-step counters and
 * outbox entries carried out long ago are deleted.
 */
public interface RetentionService {

    /** What one daily pass removed. */
    record Removed(long enrollmentsCompacted, long outboxEntriesDeleted) {
    }

    /** Runs today's pass if no member has yet; empty counts otherwise. */
    Removed runDaily();
}
