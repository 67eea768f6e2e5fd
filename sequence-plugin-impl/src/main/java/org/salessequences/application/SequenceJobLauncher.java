package org.salessequences.application;

/**
 * Starts and inspects the batch job that performs a run, so that application services need not know the
 * batch runtime.
 */
public interface SequenceJobLauncher {

    /**
     * Starts the run job for {@code runId}; returns the job execution id.
     *
     * @param chunkSize records per chunk transaction, {@code null} for the job's default
     */
    long launch(String runId, Integer chunkSize);

    /** Restarts a failed job execution from its last checkpoint; returns the new job execution id. */
    long restart(long executionId);

    /** The stages of a job execution, in the order they ran (a restarted run shows those of its last execution). */
    java.util.List<org.salessequences.api.run.RunStageView> stages(long executionId);

    /**
     * The batch runtime's view of a job execution: {@code null} while it is under way, otherwise whether it
     * failed. Used to repair a run whose job ended without reporting back (e.g. the JVM died).
     */
    Boolean endedFailed(long executionId);
}
