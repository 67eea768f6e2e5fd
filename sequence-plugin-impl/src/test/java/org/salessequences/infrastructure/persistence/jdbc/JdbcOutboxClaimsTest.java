package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;

/**
 * Outbox claims given back when their member stopped, on H2 and PostgreSQL: an earlier start of this member's claims at
 * once, a member that stopped stamping the member table once it counts as stopped, never a living member's claims.
 */
class JdbcOutboxClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theClaimsOfAnEarlierStartOfThisMemberAreGivenBackButNotThoseOfThisStart(String name,
                                                                                Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        JdbcOutboxRepository outbox = JdbcOutboxRepository.on(dataSource);
        Instant myStart = NOW.minusSeconds(30);
        outbox.add(List.of(entry("before"), entry("after"), entry("other")));
        Sql sql = new Sql(dataSource);
        claim(sql, "before", "member-a", myStart.minusSeconds(1));
        claim(sql, "after", "member-a", myStart.plusSeconds(1));
        claim(sql, "other", "member-b", myStart.minusSeconds(1));

        assertEquals(1, outbox.releaseClaimsOf("member-a", myStart));

        assertEquals(Map.of("before", "PENDING", "after", "CLAIMED", "other", "CLAIMED"), statuses(sql));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theClaimsOfAMemberThatStoppedStampingAreGivenBack(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        JdbcOutboxRepository outbox = JdbcOutboxRepository.on(dataSource);
        JdbcClusterMembers members = JdbcClusterMembers.on(dataSource);
        members.seen("stopped", NOW.minus(Duration.ofHours(1)), NOW.minusSeconds(61));
        members.seen("living", NOW.minus(Duration.ofHours(1)), NOW.minusSeconds(5));
        members.seen("living", NOW.minus(Duration.ofHours(1)), NOW.minusSeconds(1));
        outbox.add(List.of(entry("of-stopped"), entry("of-living"), entry("of-unknown")));
        Sql sql = new Sql(dataSource);
        claim(sql, "of-stopped", "stopped", NOW.minusSeconds(70));
        claim(sql, "of-living", "living", NOW.minusSeconds(70));
        claim(sql, "of-unknown", "unknown", NOW.minusSeconds(70));

        assertEquals(1, outbox.releaseClaimsOfStoppedMembers(NOW.minusSeconds(60)));

        assertEquals(Map.of("of-stopped", "PENDING", "of-living", "CLAIMED", "of-unknown", "CLAIMED"), statuses(sql),
                "a member the table does not know keeps its claims until they are stale");
        assertEquals(Map.of("stopped", NOW.minusSeconds(61), "living", NOW.minusSeconds(1)), members.lastSeen());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void claimsTakeTheOldestDueEntriesFirstAndTwoMembersNeverTheSameOne(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource dataSource = database.get();
        JdbcOutboxRepository outbox = JdbcOutboxRepository.on(dataSource);
        outbox.add(IntStream.range(0, 1000).mapToObj(i -> new OutboxEntry(String.format("e%04d", i), OutboxKind.TASK,
                null, "contact-" + i, "{}", 0, NOW.minusSeconds(1000 - i))).toList());
        outbox.add(List.of(new OutboxEntry("later", OutboxKind.TASK, null, "c", "{}", 0, NOW.plusSeconds(60))));

        assertEquals(List.of("e0000", "e0001", "e0002"), outbox.claim("member-a", NOW, 3).stream()
                .map(OutboxEntry::id).toList(), "oldest first, in order");
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService members = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String member : List.of("member-a", "member-b")) {
                running.add(members.submit(() -> {
                    List<OutboxEntry> batch;
                    do {
                        batch = outbox.claim(member, NOW, 7);
                        batch.forEach(entry -> claimed.add(entry.id()));
                    } while (!batch.isEmpty());
                }));
            }
            for (Future<?> member : running) {
                member.get();
            }
        } finally {
            members.shutdown();
        }

        assertEquals(997, claimed.size(), "every due entry claimed once: " + (claimed.size() - Set.copyOf(claimed).size())
                + " twice");
        assertEquals(997, Set.copyOf(claimed).size());
        assertFalse(claimed.contains("later"), "an entry not due yet is not claimed");
    }

    private static OutboxEntry entry(String id) {
        return new OutboxEntry(id, OutboxKind.HOST_UPDATE, null, "contact-" + id, "{}", 0, NOW.minusSeconds(300));
    }

    private static void claim(Sql sql, String id, String member, Instant at) {
        sql.update("UPDATE seq_outbox SET status = 'CLAIMED', claimed_by = ?, claimed_at = ? WHERE id = ?", member, at,
                id);
    }

    private static Map<String, String> statuses(Sql sql) {
        return sql.query("SELECT id, status FROM seq_outbox", row -> Map.entry(row.getString(1), row.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
