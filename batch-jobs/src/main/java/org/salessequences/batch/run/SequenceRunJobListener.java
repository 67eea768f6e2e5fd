package org.salessequences.batch.run;

import java.util.logging.Logger;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunEnded;
import org.salessequences.application.RunService;
import org.salessequences.log.LogId;

/** Reports the start and the end of the job to the run it performs. */
@RunJobArtifact
@Named("sequenceRunJobListener")
public class SequenceRunJobListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(SequenceRunJobListener.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    RunService runs;
    @Inject
    Event<RunEnded> ended;

    @Override
    public void beforeJob() {
        runs.markStarted(runId());
    }

    @Override
    public void afterJob() {
        String runId = runId();
        String failedStep = failedStep();
        boolean failed = failedStep != null || jobContext.getBatchStatus() == BatchStatus.FAILED;
        if (failed) {
            LOG.warning(() -> LogId.RUN_STEP_FAILED + " run " + runId + " failed in step " + failedStep);
        }
        runs.markEnded(runId, failed, failed ? "the run failed in step " + failedStep : null);
        ended.fireAsync(new RunEnded(runId, null));
    }

    private String runId() {
        return jobContext.getProperties().getProperty("runId");
    }

    /** The batch status of the job is not final yet while its listeners run; the steps' statuses are. */
    private String failedStep() {
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(jobContext.getExecutionId())) {
            if (step.getBatchStatus() == BatchStatus.FAILED || step.getBatchStatus() == BatchStatus.STOPPED) {
                return step.getStepName();
            }
        }
        return null;
    }
}
