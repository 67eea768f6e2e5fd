package org.salessequences.infrastructure.batch;

import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;

import org.salessequences.application.SequenceJobLauncher;

/** Starts {@code SequenceRunJob} (defined in the batch-jobs module) through the container's job operator. */
@ApplicationScoped
public class BatchSequenceJobLauncher implements SequenceJobLauncher {

    /** The job XML name, {@code META-INF/batch-jobs/SequenceRunJob.xml}. */
    public static final String JOB_NAME = "SequenceRunJob";
    /** The job parameter naming the run the job performs. */
    public static final String RUN_ID = "runId";

    @Override
    public long launch(String runId, Integer chunkSize) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, runId);
        if (chunkSize != null) {
            parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        }
        return operator().start(JOB_NAME, parameters);
    }

    @Override
    public long restart(long executionId) {
        return operator().restart(executionId, operator().getParameters(executionId));
    }

    @Override
    public Boolean endedFailed(long executionId) {
        JobExecution execution = operator().getJobExecution(executionId);
        BatchStatus status = execution.getBatchStatus();
        return switch (status) {
            case COMPLETED -> Boolean.FALSE;
            case FAILED, STOPPED, ABANDONED -> Boolean.TRUE;
            default -> null;
        };
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
