package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.execution.ExecutionReason;

/** The count behind the daily email limit and the mark of an email waiting for its mailbox, on H2 and PostgreSQL. */
class JdbcExecutionRepositoryTest {

    private static final Instant DAY = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant NEXT_DAY = DAY.plusSeconds(86_400);
    private static final Instant NOON = DAY.plusSeconds(12 * 3600);

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void countsTheEmailsAnOwnerSentThatDayAndTheEmailRemindersSentThen(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        execution(sql, "sent", "rita", "EMAIL", "EXECUTED", NOON, null);
        execution(sql, "queued-tonight", "rita", "EMAIL", "EXECUTED", NEXT_DAY.minusMillis(1), null);
        execution(sql, "yesterday", "rita", "EMAIL", "EXECUTED", DAY.minusMillis(1), null);
        execution(sql, "deferred", "rita", "EMAIL", "DEFERRED", NOON, null);
        execution(sql, "skipped", "rita", "EMAIL", "SKIPPED", NOON, null);
        execution(sql, "other-owner", "bob", "EMAIL", "EXECUTED", NOON, null);
        execution(sql, "task", "rita", "FOLLOW_UP", "EXECUTED", NOON, null);
        execution(sql, "reminder-sent", "rita", "EMAIL_REMINDER", "EXECUTED", DAY.minusSeconds(3 * 86_400), NOON);
        execution(sql, "reminder-waiting", "rita", "EMAIL_REMINDER", "EXECUTED", NOON, null);
        execution(sql, "reminder-sent-tomorrow", "rita", "EMAIL_REMINDER", "EXECUTED", NOON, NEXT_DAY);

        JdbcExecutionRepository executions = JdbcExecutionRepository.on(dataSource);
        assertEquals(3, executions.countEmails("rita", DAY, NEXT_DAY),
                "two emails of the day and the reminder sent that day (created days before)");
        assertEquals(1, executions.countEmails("bob", DAY, NEXT_DAY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEmailWaitingForItsMailboxTakesTheReasonOfEachWaitAndOneThatWentIsLeftAlone(String name,
                                                                                     Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        execution(sql, "waits", "rita", "EMAIL", "EXECUTED", NOON, null);
        execution(sql, "went", "rita", "EMAIL", "EXECUTED", NOON, NOON);
        execution(sql, "skipped", "rita", "EMAIL", "SKIPPED", NOON, null);
        JdbcExecutionRepository executions = JdbcExecutionRepository.on(dataSource);

        executions.markWaitingForMailbox("waits", ExecutionReason.MAILBOX_SPACING);
        assertEquals("DEFERRED MAILBOX_SPACING", statusOf(sql, "waits"));
        executions.markWaitingForMailbox("waits", ExecutionReason.MAILBOX_SPACING);
        assertEquals("DEFERRED MAILBOX_SPACING", statusOf(sql, "waits"), "asked again for the same reason");
        executions.markWaitingForMailbox("waits", ExecutionReason.MAILBOX_HOURLY_LIMIT);
        assertEquals("DEFERRED MAILBOX_HOURLY_LIMIT", statusOf(sql, "waits"), "now the hour holds it");
        executions.markWaitingForMailbox("went", ExecutionReason.MAILBOX_SPACING);
        executions.markWaitingForMailbox("skipped", ExecutionReason.MAILBOX_SPACING);
        assertEquals("EXECUTED null", statusOf(sql, "went"));
        assertEquals("SKIPPED null", statusOf(sql, "skipped"));
    }

    private static String statusOf(Sql sql, String id) {
        return sql.first("SELECT status, reason FROM seq_step_execution WHERE id = ?",
                row -> row.getString(1) + " " + row.getString(2), id).orElseThrow();
    }

    private static void execution(Sql sql, String id, String owner, String type, String status, Instant statusAt,
                                  Instant sentAt) {
        sql.update("INSERT INTO seq_step_execution (id, enrollment_id, sequence_id, step_id, step_type, step_position, "
                        + "contact_id, owner_id, status, created_at, status_at, sent_at) "
                        + "VALUES (?, ?, 'sq', ?, ?, 0, 'c1', ?, ?, ?, ?, ?)", id, "en-" + id, "st-" + id, type, owner,
                status, statusAt, statusAt, sentAt == null ? Sql.NullOf.BIGINT : sentAt);
    }
}
