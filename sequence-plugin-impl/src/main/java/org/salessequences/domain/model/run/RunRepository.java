package org.salessequences.domain.model.run;

import java.util.Optional;

/** Runs, by id. */
public interface RunRepository {

    void add(SequenceRun run);

    Optional<SequenceRun> find(String id);
}
