package org.salessequences.application.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.RunService;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.run.RunRanges;
import org.salessequences.domain.model.run.RunRanges.Range;
import org.salessequences.domain.model.run.RunRepository;
import org.salessequences.domain.model.run.SequenceRun;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.log.LogId;

/**
 * The transactions of {@link RangeExecution}, each its own, so that a claim is committed before its range is worked
 * and each chunk of a range commits with the range's progress.
 *
 * <p>Dependent, so that no two threads share an instance: Payara's {@code @Transactional} interceptor keeps the
 * caller's transaction-operations state in a field of its one instance per bean instance, and a range helper's timer
 * call racing a batch job's call on a shared instance left the job's thread barred from {@code UserTransaction}, so
 * the job could not commit its next chunk ("Operation not allowed").
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RangeLedger {

    private static final Logger LOG = Logger.getLogger(RangeLedger.class.getName());

    @Inject
    RunRanges ranges;
    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    ExecutionService executions;
    @Inject
    RunRepository runs;
    @Inject
    RunService runService;
    @Inject
    LocalMember member;

    /** What one chunk of a range handled: no rows when the range is done (or no longer this member's). */
    public record Chunk(int rows, String lastId) {
    }

    public boolean isSplit(String runId) {
        return ranges.split(runId);
    }

    /** Splits a large run into ranges of about {@code rangeSize} enrollments; whether the run is split. */
    public boolean split(RunContext run, int rangeSize) {
        if (ranges.split(run.runId())) {
            return true;
        }
        List<String> bounds = new ArrayList<>();
        String after = null;
        Optional<String> bound;
        while ((bound = enrollments.idAfter(run.sequence().id(), after, rangeSize)).isPresent()) {
            bounds.add(bound.get());
            after = bound.get();
        }
        if (bounds.isEmpty()) {
            return false;
        }
        ranges.split(run.runId(), bounds);
        LOG.info(() -> LogId.RUN_SPLIT + " run " + run.runId() + " split into " + (bounds.size() + 1)
                + " ranges that any member " + "may work");
        return true;
    }

    public Optional<Range> claim(String runId) {
        return ranges.claim(runId, member.id(), Instant.now());
    }

    public List<Range> held(String runId) {
        return ranges.claimedBy(runId, member.id());
    }

    public List<String> pendingRuns() {
        return ranges.runsWithPendingRanges(10);
    }

    public Optional<SequenceRun> run(String runId) {
        return runs.find(runId);
    }

    public void giveBack(Range range) {
        ranges.giveBack(range.runId(), range.number(), member.id());
    }

    public long unfinished(String runId) {
        return ranges.unfinished(runId);
    }

    /** The due enrollments of a range (the whole sequence when {@code range} is null) after {@code afterId}. */
    public List<EnrollmentRow> due(RunContext run, Range range, String afterId, int limit) {
        return enrollments.dueUpTo(run.sequence().id(), run.runAt(), run.sequence().type() == SequenceType.SMART,
                afterId, range == null ? null : range.lastId(), limit);
    }

    /** The due enrollments of a recipient-time-zone run after {@code after}, by due time. */
    public List<EnrollmentRow> dueByTime(RunContext run, DueCursor after, int limit) {
        return enrollments.dueByTime(run.sequence().id(), run.runAt(), after, limit);
    }

    /**
     * One chunk of a range, in a transaction of its own: the due enrollments after {@code after}, their steps, the
     * range's progress and the run's totals; the range is done when it has none left.
     */
    public Chunk chunk(RunContext run, Range range, String after, int size) {
        if (ranges.claimedBy(run.runId(), member.id()).stream().noneMatch(held -> held.number() == range.number())) {
            LOG.warning(() -> LogId.RANGE_TAKEN_AWAY + " range " + range.number() + " of run " + run.runId()
                    + " was given back while "
                    + "this member worked it (it was silent too long); another member goes on with it");
            return new Chunk(0, after);
        }
        List<EnrollmentRow> rows = due(run, range, after, size);
        if (rows.isEmpty()) {
            ranges.done(run.runId(), range.number(), member.id());
            return new Chunk(0, after);
        }
        ExecutionCounts counts = executions.execute(run, rows);
        String lastId = rows.get(rows.size() - 1).id();
        ranges.advance(run.runId(), range.number(), lastId);
        runService.addTotals(run.runId(), 0, counts.exited(), counts.executed(), counts.skipped(), counts.deferred());
        if (counts.hostCallsDeferred() > 0) {
            runService.addHostCallDeferrals(run.runId(), counts.hostCallsDeferred());
        }
        return new Chunk(rows.size(), lastId);
    }
}
