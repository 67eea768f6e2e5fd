package org.salessequences.application.internal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.ConflictException;
import org.salessequences.domain.model.run.RunRepository;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.time.ApplicationClock;

/**
 * The transactional bookkeeping of runs, each method its own transaction so that the batch job is started
 * only after the run row and the sequence's claim are committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunLedger {

    @Inject
    RunRepository runs;
    @Inject
    SequenceRepository sequences;
    @Inject
    ApplicationClock clock;

    /** Records a new run and claims the sequence for it. */
    public SequenceRun open(String sequenceId, RunTrigger trigger) {
        SequenceRun run = new SequenceRun(Ids.newId(), sequenceId, trigger, clock.now());
        if (!sequences.claimRun(sequenceId, run.id())) {
            String current = sequences.find(sequenceId).map(s -> s.currentRunId()).orElse("?");
            throw new ConflictException("a run of sequence " + sequenceId + " is already under way: " + current);
        }
        runs.add(run);
        return run;
    }

    public void attachJob(String runId, long executionId) {
        runs.find(runId).ifPresent(run -> run.attachJob(executionId));
    }

    public void started(String runId) {
        runs.find(runId).ifPresent(run -> run.start(clock.now()));
    }

    public void recorded(String runId) {
        runs.find(runId).ifPresent(run -> run.recorded(clock.now()));
    }

    public void ended(String runId, boolean failed, String failure) {
        Optional<SequenceRun> found = runs.find(runId);
        if (found.isEmpty() || found.get().status().isFinal()) {
            return;
        }
        SequenceRun run = found.get();
        if (failed) {
            run.fail(failure, clock.now());
        } else {
            run.complete(clock.now());
        }
        sequences.releaseRun(run.sequenceId(), run.id());
    }

    public Optional<SequenceRun> find(String runId) {
        return runs.find(runId);
    }
}
