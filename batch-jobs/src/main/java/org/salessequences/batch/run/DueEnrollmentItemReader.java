package org.salessequences.batch.run;

import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.engine.DueWalk;
import org.salessequences.application.engine.RangeExecution;

/**
 * Reads the active enrollments this run has steps for: a keyset walk of the sequence, or, for a run split into
 * ranges, the ranges this member claims (see {@link RangeExecution}).
 */
@Dependent
@Named("dueEnrollmentItemReader")
public class DueEnrollmentItemReader extends AbstractItemReader {

    @Inject
    RunStage stage;
    @Inject
    RangeExecution ranges;

    private DueWalk walk;

    @Override
    public void open(Serializable checkpoint) {
        walk = ranges.walk(stage.context(), (String) checkpoint, stage.chunkSize());
    }

    @Override
    public Object readItem() {
        return walk.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return walk.checkpoint();
    }
}
