package org.salessequences.application.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.run.RunView;
import org.salessequences.application.Caller;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.RunService;
import org.salessequences.application.SequenceJobLauncher;
import org.salessequences.application.SequenceService;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;

@ApplicationScoped
public class DefaultRunService implements RunService {

    private static final Logger LOG = Logger.getLogger(DefaultRunService.class.getName());

    @Inject
    RunLedger ledger;
    @Inject
    SequenceJobLauncher launcher;
    @Inject
    SequenceService sequences;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView start(Caller caller, String sequenceId) {
        sequences.get(caller, sequenceId);
        return start(sequenceId, RunTrigger.MANUAL);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView start(String sequenceId, RunTrigger trigger) {
        SequenceRun run = ledger.open(sequenceId, trigger);
        try {
            ledger.attachJob(run.id(), launcher.launch(run.id()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "SEQ-0101 the job of run " + run.id() + " could not be started", e);
            ledger.ended(run.id(), true, "the batch job could not be started: " + e.getMessage());
        }
        return view(ledger.find(run.id()).orElseThrow());
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunView get(Caller caller, String runId) {
        SequenceRun run = ledger.find(runId).orElseThrow(() -> new NotFoundException("run", runId));
        try {
            sequences.get(caller, run.sequenceId());
        } catch (NotFoundException e) {
            throw new NotFoundException("run", runId);
        }
        reconcile(run);
        return view(ledger.find(runId).orElseThrow());
    }

    /** A run whose job ended without reporting back (its JVM died, say) takes the job's final status. */
    private void reconcile(SequenceRun run) {
        if (run.status().isFinal() || run.jobExecutionId() == null) {
            return;
        }
        Boolean failed = launcher.endedFailed(run.jobExecutionId());
        if (failed != null) {
            ledger.ended(run.id(), failed, failed ? "the batch job ended without reporting back" : null);
        }
    }

    @Override
    public void markStarted(String runId) {
        ledger.started(runId);
    }

    @Override
    public void recordMetrics(String runId) {
        ledger.recorded(runId);
    }

    @Override
    public void markEnded(String runId, boolean failed, String failure) {
        ledger.ended(runId, failed, failure);
    }

    static RunView view(SequenceRun run) {
        return new RunView(run.id(), run.sequenceId(), run.status().name(), run.trigger().name(),
                run.enrolled(), run.exited(), run.executed(), run.skipped(), run.deferred(), run.failed(),
                time(run.createdAt()), time(run.endedAt()));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
