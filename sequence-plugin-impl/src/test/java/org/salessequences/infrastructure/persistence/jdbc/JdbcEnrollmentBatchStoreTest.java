package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentProgress;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
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

    /**
     * A recipient-time-zone run reads the unplanned enrollments, then those due by its time in (due time, id) order,
     * page by page from a cursor, and none that is not due, paused, finished or of another sequence; the earliest due
     * time is that of the first not yet due (or now while one waits to be planned).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunOfContactsReadsOnlyTheDueEnrollmentsInDueTimeOrder(String name, Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        Sql sql = new Sql(dataSource);
        sequence(sql, "sq-due", null);
        sequence(sql, "sq-other", null);
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(dataSource);
        List<NewEnrollment> enrollments = new ArrayList<>();
        for (String contact : List.of("new", "tokyo", "berlin", "ny", "later", "paused", "done")) {
            enrollments.add(enrollment("sq-due", contact));
        }
        enrollments.add(enrollment("sq-other", "ny"));
        store.insert(enrollments);
        due(sql, "sq-due", "tokyo", AT.minusSeconds(8 * 3600));
        due(sql, "sq-due", "berlin", AT.minusSeconds(3600));
        due(sql, "sq-due", "ny", AT.minusSeconds(3600));
        due(sql, "sq-due", "later", AT.plusSeconds(5 * 3600));
        due(sql, "sq-due", "paused", AT.minusSeconds(3600));
        due(sql, "sq-due", "done", AT.minusSeconds(3600));
        due(sql, "sq-other", "ny", AT.minusSeconds(3600));
        sql.update("UPDATE seq_enrollment SET status = 'PAUSED' WHERE id = 'en-sq-due-paused'");
        sql.update("UPDATE seq_enrollment SET steps_done = TRUE WHERE id = 'en-sq-due-done'");

        List<String> read = new ArrayList<>();
        DueCursor cursor = DueCursor.START;
        List<EnrollmentRow> page;
        do {
            page = store.dueByTime("sq-due", AT, cursor, 2);
            for (EnrollmentRow row : page) {
                read.add(row.contactId());
                cursor = cursor.after(row);
            }
        } while (page.size() == 2);
        assertEquals(List.of("new", "tokyo", "berlin", "ny"), read, "unplanned first, then by due time and id");
        assertEquals(AT, store.earliestDue("sq-due", AT), "one waits to be planned");
        due(sql, "sq-due", "new", AT.plusSeconds(3600));
        due(sql, "sq-due", "tokyo", AT.plusSeconds(2 * 3600));
        due(sql, "sq-due", "berlin", AT.plusSeconds(3 * 3600));
        due(sql, "sq-due", "ny", AT.plusSeconds(4 * 3600));
        assertEquals(AT.plusSeconds(3600), store.earliestDue("sq-due", AT));
        assertEquals(List.of(), store.dueByTime("sq-due", AT, DueCursor.START, 10), "nothing is due now");
    }

    private static void due(Sql sql, String sequenceId, String contactId, Instant at) {
        sql.update("UPDATE seq_enrollment SET next_step_at = ? WHERE id = ?", at, "en-" + sequenceId + "-" + contactId);
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
