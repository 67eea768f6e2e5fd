package org.salessequences.batch.run;

import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.salessequences.application.engine.AudienceService;
import org.salessequences.application.engine.AudienceWalk;

/**
 * Reads the candidates of the sequence's audience; its checkpoint is the walk's position. A run for the contacts whose
 * local time has come reads none: the audience is walked at the sequence's own runs.
 */
@RunJobArtifact
@Named("audienceItemReader")
public class AudienceItemReader extends AbstractItemReader {

    @Inject
    RunStage stage;
    @Inject
    AudienceService audience;

    private AudienceWalk walk;

    @Override
    public void open(Serializable checkpoint) {
        if (!stage.context().contactsOnly()) {
            walk = audience.walk(stage.context().sequence(), (AudienceWalk.Position) checkpoint, stage.chunkSize());
        }
    }

    @Override
    public Object readItem() {
        return walk == null ? null : walk.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return walk == null ? null : walk.position();
    }
}
