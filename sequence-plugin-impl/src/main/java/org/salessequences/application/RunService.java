package org.salessequences.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.salessequences.api.run.RunView;

/**
 * Starting sequence runs and following them. A run is one execution of the {@code SequenceRunJob} batch job;
 * only one run of a sequence is under way at a time, cluster-wide.
 */
public interface RunService {

    /** The most records one chunk transaction of a run may handle. */
    int MAX_CHUNK_SIZE = 1000;

    /**
     * Run now: starts a run of a sequence the caller can see.
     *
     * @param chunkSize records per chunk transaction, {@code null} for the default (500)
     * @throws NotFoundException   when the sequence does not exist or belongs to someone else
     * @throws ConflictException   when a run of the sequence is already under way
     * @throws ValidationException when the chunk size is outside 1..{@value #MAX_CHUNK_SIZE}
     */
    RunView start(Caller caller, String sequenceId, Integer chunkSize);

    /**
     * Starts the scheduled run of an active sequence that was due at {@code dueAt}, unless another cluster member
     * or an earlier tick already did; moves the sequence's next run on.
     *
     * @return the run, or empty when this call did not start it
     */
    Optional<RunView> startScheduled(String sequenceId, Instant dueAt);

    /**
     * Starts a run for the contacts of a recipient-time-zone sequence whose local time came at {@code dueAt}, unless
     * another cluster member or an earlier tick already did.
     *
     * @return the run, or empty when this call did not start it
     */
    Optional<RunView> startForContacts(String sequenceId, Instant dueAt);

    /** A run of a sequence the caller can see; its status is reconciled with the batch runtime first. */
    RunView get(Caller caller, String runId);

    /** The runs of a sequence the caller can see, newest first. */
    List<RunView> list(Caller caller, String sequenceId, int page, int size);

    long count(Caller caller, String sequenceId);

    /**
     * Starts a failed run again from its last checkpoint; every step it had executed stays executed once.
     *
     * @throws ConflictException when the run did not fail or another run of the sequence is under way
     */
    RunView restart(Caller caller, String runId);

    /** Called by the job when it begins. */
    void markStarted(String runId);

    /** Called by the job's stages after each chunk: adds to the run's totals (in the chunk's transaction). */
    void addTotals(String runId, long enrolled, long exited, long executed, long skipped, long deferred);

    /**
     * Called by the execute stage after a chunk it could not decide because the hour's host calls were spent: those
     * deferrals have no execution rows, so the run keeps their count itself ({@code hostCallsDeferred}).
     */
    void addHostCallDeferrals(String runId, long deferred);

    /** Called by the job's record stage: brings the run's totals up to date from its executions. */
    void recordMetrics(String runId);

    /** Called by the job when it ends; releases the sequence for its next run. */
    void markEnded(String runId, boolean failed, String failure);

    /**
     * Called at every scheduler tick: stamps this member alive, resumes from their checkpoints the runs of members
     * that stopped (an earlier start of this member included), and fails runs that stopped reporting progress on a
     * living member; returns how many runs it resumed or failed.
     */
    int recoverInterrupted();
}
