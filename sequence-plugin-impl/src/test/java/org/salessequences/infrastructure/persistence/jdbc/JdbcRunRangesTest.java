package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.enrollment.EnrollmentSource;
import org.salessequences.domain.model.enrollment.NewEnrollment;
import org.salessequences.domain.model.run.RunRanges.Range;

/**
 * The ranges of a large run on H2 and PostgreSQL: split at the bounds the enrollment index gives, claimed lowest first
 * and by one member each, advanced and done, and given back when their member stopped.
 */
class JdbcRunRangesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSequencesEnrollmentsAreCutEveryNByTheIdIndex(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(dataSource);
        store.insert(IntStream.range(0, 25).mapToObj(i -> new NewEnrollment(String.format("e%03d", i), "sq", "c" + i,
                null, null, EnrollmentSource.AUDIENCE, null, NOW)).toList());
        store.insert(List.of(new NewEnrollment("e999", "other", "c1", null, null, EnrollmentSource.AUDIENCE, null, NOW)));

        assertEquals(Optional.of("e009"), store.idAfter("sq", null, 10));
        assertEquals(Optional.of("e019"), store.idAfter("sq", "e009", 10));
        assertEquals(Optional.empty(), store.idAfter("sq", "e019", 10), "five left: no bound");
        assertEquals(List.of("e010", "e011"), store.dueUpTo("sq", NOW, true, "e009", "e011", 10).stream()
                .map(row -> row.id()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rangesAreClaimedLowestFirstByOneMemberEachAndDoneWithTheirProgress(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        JdbcRunRanges ranges = JdbcRunRanges.on(dataSource);
        ranges.split("run", List.of("e009", "e019"));
        ranges.split("run", List.of("x"));

        Range first = ranges.claim("run", "member-a", NOW).orElseThrow();
        Range second = ranges.claim("run", "member-b", NOW).orElseThrow();
        Range third = ranges.claim("run", "member-a", NOW).orElseThrow();

        assertEquals(new Range("run", 0, null, "e009", null), first, "split once: a second split changes nothing");
        assertEquals(new Range("run", 1, "e009", "e019", null), second);
        assertEquals(new Range("run", 2, "e019", null, null), third);
        assertEquals(Optional.empty(), ranges.claim("run", "member-b", NOW));
        ranges.advance("run", 1, "e015");
        assertEquals(List.of(new Range("run", 1, "e009", "e019", "e015")), ranges.claimedBy("run", "member-b"));
        assertEquals("e015", ranges.claimedBy("run", "member-b").get(0).resumeAfter());
        ranges.done("run", 0, "member-a");
        ranges.done("run", 2, "member-a");
        assertEquals(1, ranges.unfinished("run"));
        assertEquals(List.of(), ranges.runsWithPendingRanges(10));

        ranges.giveBack("run", 1, "member-b");
        assertEquals(List.of("run"), ranges.runsWithPendingRanges(10));
        assertEquals("e015", ranges.claim("run", "member-a", NOW).orElseThrow().progressId(), "goes on after its progress");
        ranges.done("run", 1, "member-a");
        assertEquals(0, ranges.unfinished("run"));
        assertEquals(Map.of("member-a", 3L), ranges.doneByMember("run"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theRangesOfAMemberThatStoppedOrOfAnEarlierStartAreGivenBack(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        JdbcRunRanges ranges = JdbcRunRanges.on(dataSource);
        JdbcClusterMembers members = JdbcClusterMembers.on(dataSource);
        members.seen("stopped", NOW.minusSeconds(3600), NOW.minusSeconds(61));
        members.seen("living", NOW.minusSeconds(3600), NOW.minusSeconds(1));
        ranges.split("run", List.of("a", "b", "c"));
        ranges.claim("run", "stopped", NOW.minusSeconds(70));
        ranges.claim("run", "living", NOW.minusSeconds(70));
        ranges.claim("run", "restarted", NOW.minusSeconds(70));
        ranges.claim("run", "restarted", NOW.minusSeconds(5));

        assertEquals(1, ranges.releaseClaimsOfStoppedMembers(NOW.minusSeconds(60)));
        assertEquals(1, ranges.releaseClaimsOf("restarted", NOW.minusSeconds(30)));

        assertTrue(ranges.claimedBy("run", "stopped").isEmpty());
        assertEquals(1, ranges.claimedBy("run", "living").size());
        assertEquals(List.of(3), ranges.claimedBy("run", "restarted").stream().map(Range::number).toList());
    }
}
