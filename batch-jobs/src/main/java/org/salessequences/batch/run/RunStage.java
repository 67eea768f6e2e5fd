package org.salessequences.batch.run;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.salessequences.application.engine.RunContext;
import org.salessequences.application.engine.RunContexts;

/**
 * What the artifacts of one step share: the run id (a job property) and the run's context, loaded once per step
 * and kept in the step's transient data, so that every stage sees the sequence as it was when the stage began.
 */
@Dependent
public class RunStage {

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    RunContexts contexts;

    public String runId() {
        return jobContext.getProperties().getProperty("runId");
    }

    public RunContext context() {
        Object cached = stepContext.getTransientUserData();
        if (cached instanceof RunContext context) {
            return context;
        }
        RunContext context = contexts.load(runId());
        stepContext.setTransientUserData(context);
        return context;
    }

    /** The step's chunk size, from the job parameter {@code chunkSize} (default 500). */
    public int chunkSize() {
        String size = jobContext.getProperties().getProperty("chunkSize");
        return size == null || size.isBlank() ? 500 : Integer.parseInt(size);
    }
}
