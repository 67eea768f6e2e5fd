package org.salessequences.application.engine;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.run.RunRanges.Range;

/**
 * Walks the enrollments a run's execute stage has work for, on the run's own member. A run that is not split is one
 * keyset walk over the sequence (its checkpoint: the last id handed out), or, for a sequence that sends in its
 * recipients' time zones, a walk through the due times of the enrollments due by the run's time (its checkpoint: a
 * {@link DueCursor}), since a run at one zone's morning has work for few of them. A split run is walked range by range, each
 * claimed first, so that other members can take ranges at the same time; the walk hands out an end marker after a
 * range's last enrollment, so that the range is marked done in the transaction of its last chunk, and its checkpoint
 * is in the database (each range's progress), not in the walk.
 */
public final class DueWalk {

    /**
     * One thing the walk hands out: an enrollment of range {@code range} ({@code null}: the run is not split), or
     * the end of that range ({@code row} null).
     */
    public record Item(Integer range, EnrollmentRow row) {
    }

    /** How the walk reads: a page of due enrollments of a range after an id, and claiming the next range. */
    interface Source {
        List<EnrollmentRow> page(Range range, String afterId, int limit);

        List<EnrollmentRow> pageByTime(DueCursor after, int limit);

        Optional<Range> claim();
    }

    private final Source source;
    private final int pageSize;
    private final boolean split;
    private final boolean byTime;
    private DueCursor cursor;
    private final Deque<EnrollmentRow> page = new ArrayDeque<>();
    private final Deque<Range> held;
    private Range current;
    private String lastId;
    private boolean exhausted;

    private DueWalk(Source source, int pageSize, boolean split, List<Range> held, String lastId, DueCursor cursor) {
        this.source = source;
        this.pageSize = pageSize;
        this.split = split;
        this.byTime = cursor != null;
        this.held = new ArrayDeque<>(held);
        this.lastId = lastId;
        this.cursor = cursor;
    }

    /** A walk of the sequence by id, after {@code checkpoint} (the last id handed out before a restart, or null). */
    static DueWalk byId(Source source, int pageSize, String checkpoint) {
        return new DueWalk(source, pageSize, false, List.of(), checkpoint, null);
    }

    /** A walk through the due times of the enrollments due by the run's time, after {@code checkpoint}. */
    static DueWalk byTime(Source source, int pageSize, DueCursor checkpoint) {
        return new DueWalk(source, pageSize, false, List.of(), null, checkpoint == null ? DueCursor.START : checkpoint);
    }

    /** A walk of a split run: the ranges this member holds already (its job restarted) first, then those it claims. */
    static DueWalk inRanges(Source source, int pageSize, List<Range> held) {
        return new DueWalk(source, pageSize, true, held, null, null);
    }

    /** The next item, or {@code null} when this member has nothing left to claim. */
    public Item next() {
        if (!split) {
            EnrollmentRow row = nextRow(null);
            return row == null ? null : new Item(null, row);
        }
        while (true) {
            if (current == null) {
                current = held.isEmpty() ? source.claim().orElse(null) : held.poll();
                if (current == null) {
                    return null;
                }
                lastId = current.resumeAfter();
                exhausted = false;
            }
            EnrollmentRow row = nextRow(current);
            if (row != null) {
                return new Item(current.number(), row);
            }
            Item end = new Item(current.number(), null);
            current = null;
            return end;
        }
    }

    /**
     * The checkpoint of a walk that is not split: the last id handed out, or the due-time cursor; {@code null} for a
     * split one (its ranges keep their progress).
     */
    public Serializable checkpoint() {
        return split ? null : byTime ? cursor : lastId;
    }

    private EnrollmentRow nextRow(Range range) {
        if (page.isEmpty() && !exhausted) {
            List<EnrollmentRow> rows = byTime ? source.pageByTime(cursor, pageSize) : source.page(range, lastId, pageSize);
            exhausted = rows.size() < pageSize;
            page.addAll(rows);
        }
        EnrollmentRow next = page.poll();
        if (next != null) {
            lastId = next.id();
            cursor = byTime ? cursor.after(next) : null;
        }
        return next;
    }
}
