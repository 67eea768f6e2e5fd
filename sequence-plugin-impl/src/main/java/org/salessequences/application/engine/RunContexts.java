package org.salessequences.application.engine;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.run.RunRepository;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.log.LogId;

/** Loads what a run works with, once per stage. */
@ApplicationScoped
@Transactional
public class RunContexts {

    @Inject
    RunRepository runs;
    @Inject
    SequenceRepository sequences;
    @Inject
    SequenceCompiler compiler;

    /**
     * @throws IllegalStateException when the run or its sequence is gone (deleted while the run was under way)
     */
    public RunContext load(String runId) {
        SequenceRun run = runs.find(runId).orElseThrow(() -> new IllegalStateException(LogId.RUN_MISSING + " no run "
                + runId));
        Sequence sequence = sequences.find(run.sequenceId()).orElseThrow(() ->
                new IllegalStateException(LogId.RUN_SEQUENCE_DELETED + " the sequence of run " + runId
                        + " was deleted"));
        CompiledSequence compiled = compiler.compile(sequence, sequences.steps(sequence.id()));
        Instant runAt = run.runAt() == null ? run.createdAt() : run.runAt();
        return new RunContext(runId, compiled, runAt, compiled.schedule().localDate(runAt),
                run.trigger() == RunTrigger.CONTACTS);
    }
}
