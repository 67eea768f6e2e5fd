package org.salessequences.batch.run;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.RunService;
import org.salessequences.application.engine.AudienceService;
import org.salessequences.application.engine.Candidate;
import org.salessequences.infrastructure.testing.FaultInjector;

/** Enrolls the qualifying candidates of a chunk. */
@RunJobArtifact
@Named("enrollmentItemWriter")
public class EnrollmentItemWriter extends AbstractItemWriter {

    @Inject
    RunStage stage;
    @Inject
    AudienceService audience;
    @Inject
    RunService runs;
    @Inject
    FaultInjector faults;

    @Override
    public void writeItems(List<Object> items) {
        int enrolled = audience.admit(stage.context(), items.stream().map(Candidate.class::cast).toList());
        runs.addTotals(stage.runId(), enrolled, 0, 0, 0, 0);
        faults.chunkDone("enroll");
    }
}
