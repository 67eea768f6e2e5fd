package org.salessequences.batch.run;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;

/** The {@code record} step: brings the run's totals up to date from the executions it wrote. */
@RunJobArtifact
@Named("recordMetricsBatchlet")
public class RecordMetricsBatchlet extends AbstractBatchlet {

    @Inject
    RunStage stage;
    @Inject
    RunService runs;

    @Override
    public String process() {
        runs.recordMetrics(stage.runId());
        return BatchStatus.COMPLETED.name();
    }
}
