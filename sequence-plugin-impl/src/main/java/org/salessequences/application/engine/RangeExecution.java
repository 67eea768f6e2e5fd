package org.salessequences.application.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.run.RunRanges;
import org.salessequences.domain.model.run.RunRanges.Range;
import org.salessequences.domain.model.run.RunStatus;
import org.salessequences.domain.model.run.SequenceRun;
import org.salessequences.log.LogId;

/**
 * The execute stage of a large run, spread over the cluster. A run whose sequence has more than
 * {@code sequences.runs.range-size} enrollments is split into ranges of about that many (by enrollment id) when its
 * execute stage begins; the run's own member works them through its batch job ({@link DueWalk}) while every other
 * member claims pending ranges at its ticks and works them chunk by chunk ({@link #helpOnce}). Each chunk is one
 * transaction with its range's progress, so a range given back by a member that stopped goes on after its last
 * committed chunk, and each step still executes once (a unique key besides). The run's job ends its stage only when
 * every range is done.
 *
 * <p>Dependent, not application-scoped: each batch step and the range helper get instances of their own (and so of
 * {@link RangeLedger}), see there.
 */
@Dependent
public class RangeExecution {

    /** The batch job's default chunk size, for the chunks other members work. */
    static final int HELPER_CHUNK = 500;
    /** Tries of one chunk, as the job's retry-limit gives its chunks. */
    static final int CHUNK_TRIES = 3;
    private static final Logger LOG = Logger.getLogger(RangeExecution.class.getName());

    @Inject
    RunRanges ranges;
    @Inject
    RangeLedger ledger;
    @Inject
    ExecutionService executions;
    @Inject
    RunContexts contexts;
    @Inject
    LocalMember member;
    @Inject
    @ConfigProperty(name = "sequences.runs.range-size")
    int rangeSize;

    /**
     * The walk of the run's execute stage on its own member: splits the run first when it is large and not split
     * yet, and goes on with the ranges this member held before its job restarted.
     *
     * @param checkpoint the walk's checkpoint before a restart ({@code null}: the stage begins)
     */
    public DueWalk walk(RunContext run, Serializable checkpoint, int pageSize) {
        DueWalk.Source source = new DueWalk.Source() {
            @Override
            public List<EnrollmentRow> page(Range range, String afterId, int limit) {
                return ledger.due(run, range, afterId, limit);
            }

            @Override
            public List<EnrollmentRow> pageByTime(DueCursor after, int limit) {
                return ledger.dueByTime(run, after, limit);
            }

            @Override
            public Optional<Range> claim() {
                return ledger.claim(run.runId());
            }
        };
        // A run in its recipients' time zones reads only the few enrollments due at one zone's time: never split.
        if (run.sequence().recipientTimezone()) {
            return DueWalk.byTime(source, pageSize, (DueCursor) checkpoint);
        }
        boolean split = checkpoint == null ? ledger.split(run, rangeSize) : ledger.isSplit(run.runId());
        return split ? DueWalk.inRanges(source, pageSize, ledger.held(run.runId()))
                : DueWalk.byId(source, pageSize, (String) checkpoint);
    }

    /**
     * Executes the due steps of a chunk the walk handed out, in the caller's transaction (the batch chunk's): the
     * ranges the chunk belongs to advance to its last enrollment, and a range whose end it carries is done.
     */
    public ExecutionCounts execute(RunContext run, List<DueWalk.Item> items) {
        List<EnrollmentRow> rows = items.stream().map(DueWalk.Item::row).filter(Objects::nonNull).toList();
        ExecutionCounts counts = executions.execute(run, rows);
        Map<Integer, String> progress = new LinkedHashMap<>();
        List<Integer> ended = new ArrayList<>();
        for (DueWalk.Item item : items) {
            if (item.range() == null) {
                continue;
            }
            if (item.row() == null) {
                ended.add(item.range());
            } else {
                progress.put(item.range(), item.row().id());
            }
        }
        progress.forEach((range, lastId) -> ranges.advance(run.runId(), range, lastId));
        ended.forEach(range -> ranges.done(run.runId(), range, member.id()));
        return counts;
    }

    /** Ranges of the run not done yet, by any member. */
    public long unfinished(String runId) {
        return ledger.unfinished(runId);
    }

    /**
     * Works one pending range of the run to its end on this member; the run's own member calls it while it waits for
     * the ranges of others, to take over those given back by members that stopped.
     *
     * @return whether there was a range to work
     */
    public boolean workPendingRange(String runId) {
        Optional<Range> claimed = ledger.claim(runId);
        claimed.ifPresent(range -> work(contexts.load(runId), range));
        return claimed.isPresent();
    }

    /**
     * At a tick of this member: works one pending range of a run under way on another member, if there is one.
     *
     * @return whether a range was worked
     */
    public boolean helpOnce() {
        for (String runId : ledger.pendingRuns()) {
            Optional<SequenceRun> run = ledger.run(runId);
            if (run.isEmpty() || run.get().status() != RunStatus.STARTED || member.id().equals(run.get().nodeId())) {
                continue;
            }
            if (workPendingRange(runId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Works a claimed range chunk by chunk, each its own transaction, until it is done or no longer this member's. A
     * chunk that fails is tried again (a lock held too long by a concurrent writer, say) up to
     * {@value #CHUNK_TRIES} times, as the batch job's chunks are; then the range is given back for another try.
     */
    private void work(RunContext run, Range range) {
        String after = range.resumeAfter();
        int failures = 0;
        while (true) {
            RangeLedger.Chunk done;
            try {
                done = ledger.chunk(run, range, after, HELPER_CHUNK);
                failures = 0;
            } catch (RuntimeException e) {
                if (++failures < CHUNK_TRIES) {
                    continue;
                }
                LOG.log(Level.WARNING, LogId.RANGE_GIVEN_BACK + " range " + range.number() + " of run " + run.runId()
                        + " failed " + CHUNK_TRIES + " times here; it is given back", e);
                ledger.giveBack(range);
                return;
            }
            if (done.rows() == 0) {
                return;
            }
            after = done.lastId();
        }
    }


}
