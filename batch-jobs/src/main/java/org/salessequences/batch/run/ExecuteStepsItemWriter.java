package org.salessequences.batch.run;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;
import org.salessequences.application.engine.DueWalk;
import org.salessequences.application.engine.ExecutionCounts;
import org.salessequences.application.engine.RangeExecution;
import org.salessequences.infrastructure.testing.FaultInjector;

/** Executes the due steps of a chunk of enrollments. */
@RunJobArtifact
@Named("executeStepsItemWriter")
public class ExecuteStepsItemWriter extends AbstractItemWriter {

    @Inject
    RunStage stage;
    @Inject
    RangeExecution ranges;
    @Inject
    RunService runs;
    @Inject
    FaultInjector faults;

    @Override
    public void writeItems(List<Object> items) {
        ExecutionCounts counts = ranges.execute(stage.context(), items.stream().map(DueWalk.Item.class::cast).toList());
        runs.addTotals(stage.runId(), 0, counts.exited(), counts.executed(), counts.skipped(), counts.deferred());
        if (counts.hostCallsDeferred() > 0) {
            runs.addHostCallDeferrals(stage.runId(), counts.hostCallsDeferred());
        }
        faults.chunkDone("execute");
    }
}
