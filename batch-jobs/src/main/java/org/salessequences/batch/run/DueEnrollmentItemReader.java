package org.salessequences.batch.run;

import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.engine.DueWalk;
import org.salessequences.application.engine.RangeExecution;

/**
 * Reads the active enrollments this run has steps for (see {@link DueWalk}): by id, through the due times of a
 * sequence that sends in its recipients' time zones, or, for a large run split into ranges, the ranges this member
 * claims (see {@link RangeExecution}).
 */
@RunJobArtifact
@Named("dueEnrollmentItemReader")
public class DueEnrollmentItemReader extends AbstractItemReader {

    @Inject
    RunStage stage;
    @Inject
    RangeExecution ranges;

    private DueWalk walk;

    @Override
    public void open(Serializable checkpoint) {
        walk = ranges.walk(stage.context(), checkpoint, stage.chunkSize());
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
