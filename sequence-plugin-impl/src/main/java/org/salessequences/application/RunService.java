package org.salessequences.application;

import org.salessequences.api.run.RunView;
import org.salessequences.domain.model.run.RunTrigger;

/**
 * Starting sequence runs and following them. A run is one execution of the {@code SequenceRunJob} batch job;
 * only one run of a sequence is under way at a time.
 */
public interface RunService {

    /**
     * Starts a run of a sequence the caller can see.
     *
     * @throws NotFoundException when the sequence does not exist or belongs to someone else
     * @throws ConflictException when a run of the sequence is already under way
     */
    RunView start(Caller caller, String sequenceId);

    /**
     * Starts a run on behalf of the system (the scheduler).
     *
     * @throws ConflictException when a run of the sequence is already under way
     */
    RunView start(String sequenceId, RunTrigger trigger);

    /** A run of a sequence the caller can see; its status is reconciled with the batch runtime first. */
    RunView get(Caller caller, String runId);

    /** Called by the job when it begins. */
    void markStarted(String runId);

    /** Called by the job's last step: brings the run's totals up to date. */
    void recordMetrics(String runId);

    /** Called by the job when it ends; releases the sequence for its next run. */
    void markEnded(String runId, boolean failed, String failure);
}
