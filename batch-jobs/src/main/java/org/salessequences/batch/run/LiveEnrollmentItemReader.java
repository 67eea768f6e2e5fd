package org.salessequences.batch.run;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.engine.ExitService;
import org.salessequences.domain.model.enrollment.EnrollmentRow;

/**
 * Reads the live enrollments, when the sequence has exit conditions to check them against, at the sequence's own runs
 * (a run for the contacts whose local time has come checks the conditions of the due ones as it executes them).
 */
@RunJobArtifact
@Named("liveEnrollmentItemReader")
public class LiveEnrollmentItemReader extends EnrollmentKeysetReader {

    @Inject
    RunStage stage;
    @Inject
    ExitService exits;

    @Override
    protected boolean applies() {
        return !stage.context().contactsOnly() && !stage.context().sequence().exitConditions().isEmpty();
    }

    @Override
    protected List<EnrollmentRow> fetch(String afterId, int limit) {
        return exits.live(stage.context().sequence().id(), afterId, limit);
    }

    @Override
    protected int pageSize() {
        return stage.chunkSize();
    }
}
