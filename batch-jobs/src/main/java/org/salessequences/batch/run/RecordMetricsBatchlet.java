package org.salessequences.batch.run;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;

/** The {@code record} step: brings the run's totals up to date. */
@Dependent
@Named("recordMetricsBatchlet")
public class RecordMetricsBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;
    @Inject
    RunService runs;

    @Override
    public String process() {
        runs.recordMetrics(runId);
        return BatchStatus.COMPLETED.name();
    }
}
