package org.salessequences.batch.run;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;
import org.salessequences.application.engine.RangeExecution;

/**
 * The {@code awaitRanges} step: for a run split into ranges, waits until other members have finished the ranges they
 * claimed, working here any range given back by a member that stopped. Stamps the run meanwhile, so that a wait is
 * not taken for silence.
 */
@RunJobArtifact
@Named("awaitRangesBatchlet")
public class AwaitRangesBatchlet extends AbstractBatchlet {

    private static final long POLL_MILLIS = 1000;

    @Inject
    RunStage stage;
    @Inject
    RangeExecution ranges;
    @Inject
    RunService runs;

    private volatile boolean stopped;

    @Override
    public String process() throws InterruptedException {
        String runId = stage.runId();
        while (!stopped && ranges.unfinished(runId) > 0) {
            if (!ranges.workPendingRange(runId)) {
                runs.addTotals(runId, 0, 0, 0, 0, 0);
                Thread.sleep(POLL_MILLIS);
            }
        }
        return stopped ? BatchStatus.STOPPED.name() : BatchStatus.COMPLETED.name();
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
