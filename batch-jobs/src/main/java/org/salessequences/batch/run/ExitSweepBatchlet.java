package org.salessequences.batch.run;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;
import org.salessequences.application.engine.ExitService;

/** Completes finished enrollments and ends those that replied, bounced or unsubscribed. */
@RunJobArtifact
@Named("exitSweepBatchlet")
public class ExitSweepBatchlet extends AbstractBatchlet {

    @Inject
    RunStage stage;
    @Inject
    ExitService exits;
    @Inject
    RunService runs;

    @Override
    public String process() {
        runs.addTotals(stage.runId(), 0, exits.sweep(stage.context()), 0, 0, 0);
        return BatchStatus.COMPLETED.name();
    }
}
