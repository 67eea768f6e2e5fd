package org.salessequences.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.ConflictException;
import org.salessequences.application.engine.SequenceCompiler;
import org.salessequences.domain.model.cluster.ClusterMembers;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.execution.ExecutionStatus;
import org.salessequences.domain.model.run.RunRanges;
import org.salessequences.domain.model.run.RunRepository;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;
import org.salessequences.domain.model.schedule.RunSchedule;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.shared.Ids;

/**
 * The transactional bookkeeping of runs, each method its own transaction so that a batch job is started only
 * after its run row and the sequence's claim are committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunLedger {

    @Inject
    RunRepository runs;
    @Inject
    SequenceRepository sequences;
    @Inject
    ExecutionRepository executions;
    @Inject
    Clock clock;
    @Inject
    LocalMember node;
    @Inject
    ClusterMembers members;
    @Inject
    RunRanges ranges;
    @Inject
    SequenceCompiler compiler;
    @Inject
    EnrollmentBatchStore enrollments;

    /** Records a run started by hand and claims the sequence for it. */
    public SequenceRun open(String sequenceId, RunTrigger trigger) {
        Instant now = clock.instant();
        SequenceRun run = new SequenceRun(Ids.newId(), sequenceId, trigger, now, now);
        run.queuedOn(node.id(), Instant.now());
        if (!sequences.claimRun(sequenceId, run.id())) {
            String current = sequences.find(sequenceId).map(Sequence::currentRunId).orElse("?");
            throw new ConflictException("a run of sequence " + sequenceId + " is already under way: " + current);
        }
        runs.add(run);
        return run;
    }

    /**
     * Records the scheduled run due at {@code dueAt} and moves the sequence's schedule on, if this call wins the
     * claim. The run counts as now: after downtime it catches up everything due by today.
     */
    public Optional<SequenceRun> openScheduled(String sequenceId, Instant dueAt) {
        Optional<Sequence> found = sequences.find(sequenceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        RunSchedule schedule = compiler.schedule(found.get());
        LocalDate runDate = schedule.localDate(now);
        Instant next = schedule.nextRun(now.isAfter(dueAt) ? now : dueAt, runDate);
        SequenceRun run = new SequenceRun(Ids.newId(), sequenceId, RunTrigger.SCHEDULE, now, now);
        run.queuedOn(node.id(), Instant.now());
        if (!sequences.claimScheduledRun(sequenceId, run.id(), dueAt, next, runDate)) {
            return Optional.empty();
        }
        runs.add(run);
        return Optional.of(run);
    }

    /**
     * Records a run for the contacts of a recipient-time-zone sequence that are due at {@code dueAt}, if this call wins
     * the claim; the run counts as now, so it also catches up contacts due before.
     */
    public Optional<SequenceRun> openForContacts(String sequenceId, Instant dueAt) {
        Instant now = clock.instant();
        SequenceRun run = new SequenceRun(Ids.newId(), sequenceId, RunTrigger.CONTACTS, now, now);
        run.queuedOn(node.id(), Instant.now());
        if (!sequences.claimContactsRun(sequenceId, run.id(), dueAt)) {
            return Optional.empty();
        }
        runs.add(run);
        return Optional.of(run);
    }

    /** Makes a failed run start again, claiming its sequence back. */
    public SequenceRun reopen(String runId) {
        SequenceRun run = runs.find(runId).orElseThrow();
        if (run.status() != org.salessequences.domain.model.run.RunStatus.FAILED || run.jobExecutionId() == null) {
            throw new ConflictException("only a failed run can be restarted; run " + runId + " is " + run.status());
        }
        if (!sequences.claimRun(run.sequenceId(), run.id())) {
            throw new ConflictException("another run of sequence " + run.sequenceId() + " is under way");
        }
        run.restart();
        run.queuedOn(node.id(), Instant.now());
        return run;
    }

    public void attachJob(String runId, long executionId) {
        runs.find(runId).ifPresent(run -> run.attachJob(executionId));
    }

    public void started(String runId) {
        runs.find(runId).ifPresent(run -> run.start(clock.instant(), node.id(), Instant.now()));
    }

    public void recorded(String runId) {
        Map<ExecutionStatus, Long> counts = executions.countsForRun(runId);
        runs.setExecutionTotals(runId, counts.getOrDefault(ExecutionStatus.EXECUTED, 0L),
                counts.getOrDefault(ExecutionStatus.SKIPPED, 0L), counts.getOrDefault(ExecutionStatus.DEFERRED, 0L),
                counts.getOrDefault(ExecutionStatus.FAILED, 0L));
        runs.find(runId).ifPresent(run -> run.recorded(clock.instant()));
    }

    public void ended(String runId, boolean failed, String failure) {
        Optional<SequenceRun> found = runs.find(runId);
        if (found.isEmpty() || found.get().status().isFinal()) {
            return;
        }
        SequenceRun run = found.get();
        if (failed) {
            run.fail(failure, clock.instant());
        } else {
            run.complete(clock.instant());
        }
        sequences.releaseRun(run.sequenceId(), run.id());
        // A sequence that sends in its recipients' zones wakes next when its earliest contact is due (the run moved
        // the due times of those it handled on). Also after a failed run, so that its contacts are not left waiting.
        sequences.find(run.sequenceId()).filter(Sequence::recipientTimezone).ifPresent(sequence ->
                sequences.setNextDue(sequence.id(), enrollments.earliestDue(sequence.id(), clock.instant())));
    }

    public Optional<SequenceRun> find(String runId) {
        return runs.find(runId);
    }

    /** Stamps the heartbeat of the runs queued on this member whose jobs have not begun yet. */
    public int touchQueued() {
        return runs.touchQueued(node.id(), Instant.now());
    }

    /** Stamps this member alive in the member table and reads every member's stamp. */
    public Map<String, Instant> stampAndReadMembers(Instant now) {
        members.seen(node.id(), node.startedAt(), now);
        return members.lastSeen();
    }

    /**
     * Gives back the ranges of large runs that members which stopped had claimed: those of an earlier start of this
     * member, and those of members silent for {@link ClusterMembers#TIMEOUT}.
     */
    public int releaseAbandonedRanges(Instant now) {
        return ranges.releaseClaimsOf(node.id(), node.startedAt())
                + ranges.releaseClaimsOfStoppedMembers(now.minus(ClusterMembers.TIMEOUT));
    }

    public List<SequenceRun> underWay() {
        return runs.underWay();
    }

    /**
     * Takes a run under way over for this member, to begin again from its checkpoint; empty when another member took
     * it first.
     */
    public Optional<SequenceRun> takeOver(SequenceRun run) {
        return runs.takeOver(run.id(), run.nodeId(), node.id(), Instant.now()) ? runs.find(run.id()) : Optional.empty();
    }
}
