package org.salessequences.domain.model.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Runs. */
public interface RunRepository {

    void add(SequenceRun run);

    Optional<SequenceRun> find(String id);

    /** Runs of a sequence, newest first. */
    List<SequenceRun> list(String sequenceId, int offset, int limit);

    long count(String sequenceId);

    /** Adds a chunk's counts to the run's totals and stamps its heartbeat, in the chunk's transaction. */
    void addTotals(String runId, long enrolled, long exited, long executed, long skipped, long deferred,
                   Instant heartbeat);

    /** Adds to the deferrals for want of host calls, which no execution row records, in the chunk's transaction. */
    void addHostCallDeferrals(String runId, long deferred);

    /**
     * Sets the execution totals from the executions the run wrote; {@code deferred} also counts the run's deferrals
     * for want of host calls.
     */
    void setExecutionTotals(String runId, long executed, long skipped, long deferred, long failed);

    /** Stamps the heartbeat of the runs queued on {@code nodeId} that have not begun yet; returns how many. */
    int touchQueued(String nodeId, Instant heartbeat);

    /** Every run whose status is not final (few at any time: at most one per sequence). */
    List<SequenceRun> underWay();

    /**
     * Moves a run under way from member {@code fromNode} to {@code toNode}, to begin again there, with one conditional
     * update: when two members try to take the same run over, only one succeeds.
     *
     * @return whether this call took the run over
     */
    boolean takeOver(String runId, String fromNode, String toNode, Instant heartbeat);
}
