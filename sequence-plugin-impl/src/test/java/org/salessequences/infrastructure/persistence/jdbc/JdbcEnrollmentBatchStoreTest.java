package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.enrollment.EnrollmentProgress;
import org.salessequences.domain.model.enrollment.EnrollmentSource;
import org.salessequences.domain.model.enrollment.NewEnrollment;

/** Which contacts the host sync takes, on H2 and PostgreSQL: pending ones, never those of a sequence being run. */
class JdbcEnrollmentBatchStoreTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSyncTakesPendingContactsOfSequencesNotBeingRunUpToTheBatchSize(String name,
                                                                           Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        sequence(sql, "sq-a", "run-1");
        sequence(sql, "sq-b", null);
        sequence(sql, "sq-c", null);
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(dataSource);
        store.insert(List.of(enrollment("sq-a", "c1"), enrollment("sq-a", "c2"), enrollment("sq-b", "c3"),
                enrollment("sq-b", "c5"), enrollment("sq-c", "c4"), enrollment("sq-c", "c1")));
        sql.update("UPDATE seq_enrollment SET host_synced = TRUE WHERE contact_id = 'c5'");

        assertEquals(List.of("c3", "c1", "c4"), store.unsyncedContacts(10),
                "sequence by sequence, in contact order; sq-a is being run");
        assertEquals(List.of("c3", "c1"), store.unsyncedContacts(2));

        store.markSynced(List.of("c3", "c1", "c4"), AT);
        assertEquals(List.of(), store.unsyncedContacts(10), "c1 and c2 of sq-a wait for the run to end");
        sql.update("UPDATE seq_sequence SET current_run_id = NULL WHERE id = 'sq-a'");
        assertEquals(List.of("c1", "c2"), store.unsyncedContacts(10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChunksProgressIsWrittenToItsActiveEnrollmentsOnly(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(dataSource);
        store.insert(List.of(enrollment("sq-a", "c1"), enrollment("sq-a", "c2"), enrollment("sq-a", "c3")));
        sql.update("UPDATE seq_enrollment SET status = 'EXITED' WHERE contact_id = 'c3'");
        Instant next = AT.plusSeconds(86_400);

        store.progress(List.of(
                new EnrollmentProgress("en-sq-a-c1", LocalDate.of(2027, 3, 1), 2, next, false, AT),
                new EnrollmentProgress("en-sq-a-c2", null, null, null, true, AT),
                new EnrollmentProgress("en-sq-a-c3", LocalDate.of(2027, 3, 1), 2, next, false, AT)));

        assertEquals(List.of("c1 " + LocalDate.of(2027, 3, 1).toEpochDay() + " 2 " + next.toEpochMilli() + " false",
                        "c2 null null null true", "c3 null null null false"),
                sql.query("SELECT contact_id, day_one, current_step_position, next_step_at, steps_done FROM seq_enrollment "
                        + "ORDER BY contact_id", row -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3)
                        + " " + row.getString(4) + " " + row.getBoolean(5)));
    }

    private static NewEnrollment enrollment(String sequenceId, String contactId) {
        return new NewEnrollment("en-" + sequenceId + "-" + contactId, sequenceId, contactId, null,
                contactId + "@example.com", EnrollmentSource.AUDIENCE, null, AT);
    }

    private static void sequence(Sql sql, String id, String currentRunId) {
        sql.update("INSERT INTO seq_sequence (id, owner_id, name, type, status, exclusive_audience, schedule_time, "
                + "timezone, exclude_weekends, definition, version, created_at, updated_at, current_run_id) "
                + "VALUES (?, 'rita', ?, 'CLASSIC', 'ACTIVE', FALSE, '09:00', 'UTC', FALSE, '{}', 1, 0, 0, ?)", id, id,
                currentRunId == null ? Sql.NullOf.VARCHAR : currentRunId);
    }
}
