package org.salessequences.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.engine.SequenceAssembler;
import org.salessequences.api.run.RunStageView;
import org.salessequences.api.run.RunView;
import org.salessequences.application.Caller;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.RunService;
import org.salessequences.application.SequenceJobLauncher;
import org.salessequences.application.SequenceService;
import org.salessequences.application.ValidationException;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.run.RunRepository;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;
import org.salessequences.log.LogId;

@ApplicationScoped
public class DefaultRunService implements RunService {

    private static final Logger LOG = Logger.getLogger(DefaultRunService.class.getName());

    @Inject
    RunLedger ledger;
    @Inject
    RunRepository runs;
    @Inject
    SequenceJobLauncher launcher;
    @Inject
    SequenceService sequences;
    @Inject
    Clock clock;
    @Inject
    LocalMember member;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView start(Caller caller, String sequenceId, Integer chunkSize) {
        sequences.get(caller, sequenceId);
        if (chunkSize != null && (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE)) {
            throw ValidationException.of("chunkSize", "must be between 1 and " + MAX_CHUNK_SIZE);
        }
        return launch(ledger.open(sequenceId, RunTrigger.MANUAL), chunkSize);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<RunView> startScheduled(String sequenceId, Instant dueAt) {
        return ledger.openScheduled(sequenceId, dueAt).map(run -> launch(run, null));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<RunView> startForContacts(String sequenceId, Instant dueAt) {
        return ledger.openForContacts(sequenceId, dueAt).map(run -> launch(run, null));
    }

    private RunView launch(SequenceRun run, Integer chunkSize) {
        try {
            ledger.attachJob(run.id(), launcher.launch(run.id(), chunkSize));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogId.RUN_JOB_NOT_STARTED + " the job of run " + run.id()
                    + " could not be started", e);
            ledger.ended(run.id(), true, "the batch job could not be started: " + e.getMessage());
        }
        return view(ledger.find(run.id()).orElseThrow());
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView get(Caller caller, String runId) {
        SequenceRun run = visibleRun(caller, runId);
        reconcile(run);
        SequenceRun now = ledger.find(runId).orElseThrow();
        List<RunStageView> stages = now.jobExecutionId() == null ? List.of() : launcher.stages(now.jobExecutionId());
        RunView view = view(now);
        return new RunView(view.id(), view.sequenceId(), view.status(), view.trigger(), view.enrolled(), view.exited(),
                view.executed(), view.skipped(), view.deferred(), view.hostCallsDeferred(), view.failed(), view.createdAt(), view.runAt(),
                view.endedAt(), view.failure(), stages);
    }

    @Override
    @Transactional
    public List<RunView> list(Caller caller, String sequenceId, int page, int size) {
        sequences.get(caller, sequenceId);
        return runs.list(sequenceId, page * size, size).stream().map(DefaultRunService::view).toList();
    }

    @Override
    @Transactional
    public long count(Caller caller, String sequenceId) {
        sequences.get(caller, sequenceId);
        return runs.count(sequenceId);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView restart(Caller caller, String runId) {
        SequenceRun run = visibleRun(caller, runId);
        reconcile(run);
        SequenceRun reopened = ledger.reopen(runId);
        try {
            ledger.attachJob(runId, launcher.restart(reopened.jobExecutionId()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogId.RUN_NOT_RESTARTED + " run " + runId + " could not be restarted", e);
            ledger.ended(runId, true, "the batch job could not be restarted: " + e.getMessage());
        }
        return view(ledger.find(runId).orElseThrow());
    }

    private SequenceRun visibleRun(Caller caller, String runId) {
        SequenceRun run = ledger.find(runId).orElseThrow(() -> new NotFoundException("run", runId));
        try {
            sequences.get(caller, run.sequenceId());
        } catch (NotFoundException e) {
            throw new NotFoundException("run", runId);
        }
        return run;
    }

    /**
     * A run whose job ended without reporting back (its JVM died, say) takes the job's final status.
     *
     * @return whether the run was ended here
     */
    private boolean reconcile(SequenceRun run) {
        if (run.status().isFinal() || run.jobExecutionId() == null) {
            return false;
        }
        Boolean failed = launcher.endedFailed(run.jobExecutionId());
        if (failed != null) {
            ledger.ended(run.id(), failed, failed ? "the batch job ended without reporting back" : null);
        }
        return failed != null;
    }

    @Override
    public void markStarted(String runId) {
        ledger.started(runId);
    }

    @Override
    @Transactional
    public void addTotals(String runId, long enrolled, long exited, long executed, long skipped, long deferred) {
        runs.addTotals(runId, enrolled, exited, executed, skipped, deferred, Instant.now());
    }

    @Override
    public void addHostCallDeferrals(String runId, long deferred) {
        runs.addHostCallDeferrals(runId, deferred);
    }

    @Override
    public void recordMetrics(String runId) {
        ledger.recorded(runId);
    }

    @Override
    public void markEnded(String runId, boolean failed, String failure) {
        ledger.ended(runId, failed, failure);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int recoverInterrupted() {
        Instant now = Instant.now();
        Map<String, Instant> members = ledger.stampAndReadMembers(now);
        InterruptedRuns interrupted = InterruptedRuns.among(ledger.underWay(), members, member.id(),
                member.startedAt(), now);
        // Only now: stamping first would make the runs an earlier start of this member left queued look alive.
        ledger.touchQueued();
        ledger.releaseAbandonedRanges(now);
        interrupted.resume().forEach(this::resume);
        for (SequenceRun run : interrupted.fail()) {
            LOG.warning(() -> LogId.RUN_SILENT_FAILED + " run " + run.id() + " of sequence " + run.sequenceId()
                    + " on member " + run.nodeId()
                    + " stopped reporting progress; it is failed so the sequence can run again");
            ledger.ended(run.id(), true, "the run stopped reporting progress; restart it");
        }
        return interrupted.resume().size() + interrupted.fail().size();
    }

    /**
     * Resumes a run whose member stopped, on this member: its job restarts from its last checkpoint (a job that never
     * got to start begins now), so every step it had executed stays executed once.
     */
    private void resume(SequenceRun interrupted) {
        if (reconcile(interrupted)) {
            return;
        }
        Optional<SequenceRun> taken = ledger.takeOver(interrupted);
        if (taken.isEmpty()) {
            return;
        }
        SequenceRun run = taken.get();
        try {
            long execution = run.jobExecutionId() == null ? launcher.launch(run.id(), null)
                    : launcher.restart(run.jobExecutionId());
            ledger.attachJob(run.id(), execution);
            LOG.info(() -> LogId.RUN_RESUMED + " run " + run.id() + " of sequence " + run.sequenceId()
                    + ", interrupted on member " + interrupted.nodeId() + ", resumes here from its last checkpoint");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogId.RUN_NOT_RESUMED + " run " + run.id() + " could not be resumed", e);
            ledger.ended(run.id(), true, "the run was interrupted and could not be resumed: " + e.getMessage());
        }
    }

    static RunView view(SequenceRun run) {
        return new RunView(run.id(), run.sequenceId(), run.status().name(), run.trigger().name(),
                run.enrolled(), run.exited(), run.executed(), run.skipped(), run.deferred(), run.hostCallsDeferred(),
                run.failed(),
                SequenceAssembler.time(run.createdAt()), SequenceAssembler.time(run.runAt()),
                SequenceAssembler.time(run.endedAt()), run.failure(), List.of());
    }
}
