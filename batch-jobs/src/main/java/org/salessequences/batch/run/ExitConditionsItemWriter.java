package org.salessequences.batch.run;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;
import org.salessequences.application.engine.ExitService;
import org.salessequences.domain.model.enrollment.EnrollmentRow;

/** Ends the enrollments of a chunk whose contact meets the exit conditions. */
@RunJobArtifact
@Named("exitConditionsItemWriter")
public class ExitConditionsItemWriter extends AbstractItemWriter {

    @Inject
    RunStage stage;
    @Inject
    ExitService exits;
    @Inject
    RunService runs;

    @Override
    public void writeItems(List<Object> items) {
        int exited = exits.exitOnConditions(stage.context(), items.stream().map(EnrollmentRow.class::cast).toList());
        runs.addTotals(stage.runId(), 0, exited, 0, 0, 0);
    }
}
