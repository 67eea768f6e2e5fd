package org.salessequences.batch.run;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.engine.ExecutionService;
import org.salessequences.domain.model.enrollment.EnrollmentRow;

/** Reads the active enrollments this run has steps for. */
@Dependent
@Named("dueEnrollmentItemReader")
public class DueEnrollmentItemReader extends EnrollmentKeysetReader {

    @Inject
    RunStage stage;
    @Inject
    ExecutionService executions;

    @Override
    protected List<EnrollmentRow> fetch(String afterId, int limit) {
        return executions.due(stage.context(), afterId, limit);
    }

    @Override
    protected int pageSize() {
        return stage.chunkSize();
    }
}
