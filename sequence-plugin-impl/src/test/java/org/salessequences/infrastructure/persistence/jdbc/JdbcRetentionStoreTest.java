package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.execution.StepMetrics;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;

/**
 * Retention on H2 and PostgreSQL: the executions of enrollments that ended long ago leave the table and stay in the
 * step's metrics; those of live or recent enrollments, and those whose reminder is open, stay; old finished outbox
 * entries go, pending ones stay; a day's pass is claimed by one member.
 */
class JdbcRetentionStoreTest {

    private static final Instant NOW = Instant.parse("2027-06-01T03:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(400));

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void executionsOfLongEndedEnrollmentsAreCompactedIntoTheirStepsCountersAndMetricsStayTheSame(String name,
            Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        sql.update("INSERT INTO seq_step (id, sequence_id, position, type, definition, created_at, updated_at) "
                + "VALUES ('st-1', 'sq', 0, 'EMAIL', '{}', 0, 0)");
        enrollment(sql, "old", "COMPLETED", LONG_AGO);
        enrollment(sql, "old-open-reminder", "EXITED", LONG_AGO);
        enrollment(sql, "recent", "COMPLETED", NOW.minus(Duration.ofDays(3)));
        enrollment(sql, "live", "ACTIVE", null);
        execution(sql, "x-old", "old", "EXECUTED", LONG_AGO);
        execution(sql, "x-open", "old-open-reminder", "EXECUTED", LONG_AGO);
        execution(sql, "x-recent", "recent", "SKIPPED", null);
        execution(sql, "x-live", "live", "EXECUTED", LONG_AGO);
        sql.update("INSERT INTO seq_reminder (id, type, status, owner_id, contact_id, sequence_id, step_id, enrollment_id, "
                + "execution_id, due_at, created_at) VALUES ('r1', 'EMAIL_REMINDER', 'OPEN', 'rita', 'c', 'sq', 'st-1', "
                + "'old-open-reminder', 'x-open', 0, 0)");
        JdbcExecutionRepository executions = JdbcExecutionRepository.on(dataSource);
        StepMetrics before = executions.metrics("sq").get(0);

        JdbcRetentionStore retention = JdbcRetentionStore.on(dataSource);
        assertEquals(2, retention.compactEnded(NOW.minus(Duration.ofDays(180)), NOW, 500));
        assertEquals(0, retention.compactEnded(NOW.minus(Duration.ofDays(180)), NOW, 500), "each enrollment once");

        assertEquals(List.of("x-live", "x-open", "x-recent"), sql.query("SELECT id FROM seq_step_execution ORDER BY id",
                row -> row.getString(1)));
        StepMetrics after = executions.metrics("sq").get(0);
        assertEquals(before, after, "the step's metrics count what was compacted");
        assertEquals(4, after.executed() + after.skipped());
        assertEquals(3, after.sent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void finishedOutboxEntriesOfLongAgoAreDeletedAndTheDailyPassIsClaimedOnce(String name,
                                                                            Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        JdbcOutboxRepository outbox = JdbcOutboxRepository.on(dataSource);
        outbox.add(List.of(entry("done-old"), entry("failed-old"), entry("done-recent"), entry("pending-old")));
        outbox.done("done-old", LONG_AGO);
        outbox.fail("failed-old", "gave up", LONG_AGO);
        outbox.done("done-recent", NOW.minusSeconds(60));

        JdbcRetentionStore retention = JdbcRetentionStore.on(dataSource);
        assertEquals(2, retention.deleteFinishedOutbox(NOW.minus(Duration.ofDays(7)), 500));
        assertEquals(List.of("done-recent", "pending-old"), sql.query("SELECT id FROM seq_outbox ORDER BY id",
                row -> row.getString(1)));

        Instant dayAgo = NOW.minus(Duration.ofHours(23));
        assertTrue(retention.claimDaily("retention", NOW, dayAgo));
        assertFalse(retention.claimDaily("retention", NOW.plusSeconds(5), dayAgo), "another member finds it claimed");
    }

    private static void enrollment(Sql sql, String id, String status, Instant endedAt) {
        sql.update("INSERT INTO seq_enrollment (id, sequence_id, contact_id, status, source, enrolled_at, updated_at, "
                + "steps_done, host_synced, ended_at) VALUES (?, 'sq', ?, ?, 'AUDIENCE', 0, 0, FALSE, TRUE, ?)", id,
                "contact-" + id, status, endedAt == null ? Sql.NullOf.BIGINT : endedAt);
    }

    private static void execution(Sql sql, String id, String enrollment, String status, Instant sentAt) {
        sql.update("INSERT INTO seq_step_execution (id, enrollment_id, sequence_id, step_id, step_type, step_position, "
                + "contact_id, owner_id, status, created_at, status_at, sent_at) VALUES (?, ?, 'sq', 'st-1', 'EMAIL', 0, "
                + "'c', 'rita', ?, 0, 0, ?)", id, enrollment, status, sentAt == null ? Sql.NullOf.BIGINT : sentAt);
    }

    private static OutboxEntry entry(String id) {
        return new OutboxEntry(id, OutboxKind.TASK, null, "c", "{}", 0, LONG_AGO);
    }
}
