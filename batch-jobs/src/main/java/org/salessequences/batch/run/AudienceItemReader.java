package org.salessequences.batch.run;

import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.engine.AudienceService;
import org.salessequences.application.engine.AudienceWalk;

/** Reads the candidates of the sequence's audience; its checkpoint is the walk's position. */
@Dependent
@Named("audienceItemReader")
public class AudienceItemReader extends AbstractItemReader {

    @Inject
    RunStage stage;
    @Inject
    AudienceService audience;

    private AudienceWalk walk;

    @Override
    public void open(Serializable checkpoint) {
        walk = audience.walk(stage.context().sequence(), (AudienceWalk.Position) checkpoint, stage.chunkSize());
    }

    @Override
    public Object readItem() {
        return walk.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return walk.position();
    }
}
