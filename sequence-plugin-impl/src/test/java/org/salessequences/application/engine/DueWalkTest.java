package org.salessequences.application.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.run.RunRanges.Range;

/** How the execute stage walks a run on its own member: whole, or range by range with an end marker per range. */
class DueWalkTest {

    private final TreeSet<String> enrollments = new TreeSet<>(List.of("e1", "e2", "e3", "e4", "e5", "e6", "e7"));
    private final Deque<Range> pending = new ArrayDeque<>();

    @Test
    void aRunThatIsNotSplitIsOneKeysetWalkWhoseCheckpointIsTheLastIdHandedOut() {
        DueWalk walk = DueWalk.byId(source(), 2, "e2");

        assertEquals(List.of("e3", "e4", "e5", "e6", "e7"), ids(walk, 10));
        assertEquals("e7", walk.checkpoint());
    }

    @Test
    void aSplitRunIsWalkedRangeByRangeHeldOnesFirstEachEndedByAMarker() {
        pending.add(new Range("run", 0, null, "e3", null));
        pending.add(new Range("run", 2, "e5", null, null));
        DueWalk walk = DueWalk.inRanges(source(), 2, List.of(new Range("run", 1, "e3", "e5", "e3")));

        List<String> items = new ArrayList<>();
        DueWalk.Item item;
        while ((item = walk.next()) != null) {
            items.add(item.range() + ":" + (item.row() == null ? "end" : item.row().id()));
        }

        assertEquals(List.of("1:e4", "1:e5", "1:end", "0:e1", "0:e2", "0:e3", "0:end", "2:e6", "2:e7", "2:end"), items);
        assertNull(walk.checkpoint(), "the ranges keep their progress in the database");
    }

    @Test
    void aRecipientTimeZoneRunWalksItsDueTimesAndCheckpointsTheCursor() {
        List<DueCursor> asked = new ArrayList<>();
        DueWalk.Source byTime = new DueWalk.Source() {
            @Override
            public List<EnrollmentRow> page(Range range, String afterId, int limit) {
                throw new AssertionError("a walk by due time reads no ids");
            }

            @Override
            public List<EnrollmentRow> pageByTime(DueCursor after, int limit) {
                asked.add(after);
                return after.id() == null ? List.of(row("e5"), row("e2")) : List.of();
            }

            @Override
            public Optional<Range> claim() {
                throw new AssertionError("not split");
            }
        };
        DueWalk walk = DueWalk.byTime(byTime, 2, null);

        assertEquals(List.of("e5", "e2"), ids(walk, 10));
        assertEquals(List.of(DueCursor.START, new DueCursor(false, null, "e2")), asked);
        assertEquals(new DueCursor(false, null, "e2"), walk.checkpoint());
    }

    @Test
    void aHeldRangeGoesOnAfterItsProgress() {
        DueWalk walk = DueWalk.inRanges(source(), 5, List.of(new Range("run", 1, "e3", "e6", "e5")));

        assertEquals("e6", walk.next().row().id());
        assertNull(walk.next().row(), "then the range's end");
        assertNull(walk.next(), "nothing pending to claim");
    }

    private DueWalk.Source source() {
        return new DueWalk.Source() {
            @Override
            public List<EnrollmentRow> page(Range range, String afterId, int limit) {
                return enrollments.stream().filter(id -> afterId == null || id.compareTo(afterId) > 0)
                        .filter(id -> range == null || range.lastId() == null || id.compareTo(range.lastId()) <= 0)
                        .limit(limit).map(id -> new EnrollmentRow(id, "c-" + id, null, null, EnrollmentStatus.ACTIVE,
                                null, null)).toList();
            }

            @Override
            public List<EnrollmentRow> pageByTime(DueCursor after, int limit) {
                throw new AssertionError("a walk by id reads no due times");
            }

            @Override
            public Optional<Range> claim() {
                return Optional.ofNullable(pending.poll());
            }
        };
    }

    private static EnrollmentRow row(String id) {
        return new EnrollmentRow(id, "c-" + id, null, null, EnrollmentStatus.ACTIVE, null, null);
    }

    private static List<String> ids(DueWalk walk, int most) {
        List<String> ids = new ArrayList<>();
        DueWalk.Item item;
        while (ids.size() < most && (item = walk.next()) != null) {
            ids.add(item.row().id());
        }
        return ids;
    }
}
