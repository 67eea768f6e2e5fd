package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.enrollment.EnrollmentSource;
import org.salessequences.domain.model.enrollment.NewEnrollment;

/**
 * A run that fills a table leaves PostgreSQL's plans right: once the run has inserted a tenth of the table, the table
 * is analysed, and the admission check of a chunk reads the unique (contact, sequence) index instead of every
 * enrollment of the sequence so far. Without the analysis the statistics of the empty table make PostgreSQL read the
 * sequence's rows through the keyset index for every chunk.
 */
class PlannerStatisticsTest {

    /** 100,000 enrollments in chunks of 500: the size where reading the whole sequence costs more than probing. */
    private static final int CHUNKS = 200;
    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    private static final String ADMISSION_CHECK = "EXPLAIN SELECT contact_id FROM seq_enrollment WHERE sequence_id = ? "
            + "AND contact_id IN (" + "?, ".repeat(499) + "?)";

    @Test
    void aRunFillingATableHasItAnalysedSoThatAdmissionChecksUseTheContactIndex() throws SQLException {
        DataSource dataSource = TestDatabases.postgresql();
        analyse(dataSource);
        List<Runnable> analyses = new ArrayList<>();
        Sql sql = new Sql(dataSource, PlannerStatistics.on(dataSource, analyses::add));
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(dataSource);
        store.sql = sql;

        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            int from = chunk * 500;
            store.insert(IntStream.range(from, from + 500).mapToObj(i -> new NewEnrollment(String.format("e%06d", i),
                    "sq-big", "contact-" + i, null, "c" + i + "@example.com", EnrollmentSource.AUDIENCE, null, AT))
                    .toList());
            analyses.forEach(Runnable::run);
            analyses.clear();
        }

        String plan = plan(dataSource);
        assertTrue(plan.contains("seq_enrollment_once"), plan);
    }

    @Test
    void withoutTheAnalysisTheCheckReadsTheWholeSequence() throws SQLException {
        DataSource dataSource = TestDatabases.postgresql();
        analyse(dataSource);
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(dataSource);
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            int from = chunk * 500;
            store.insert(IntStream.range(from, from + 500).mapToObj(i -> new NewEnrollment(String.format("e%06d", i),
                    "sq-big", "contact-" + i, null, "c" + i + "@example.com", EnrollmentSource.AUDIENCE, null, AT))
                    .toList());
        }

        // The stale plan reads every enrollment of the sequence through one of the indexes that lead with the sequence
        // (which one depends on the indexes the schema has); what matters is that it does not probe the contact index.
        String plan = plan(dataSource);
        assertTrue(plan.contains("Index Cond: ((sequence_id)::text = 'sq-big'::text)"), "what the analysis prevents: " + plan);
        assertFalse(plan.contains("seq_enrollment_once"), "what the analysis prevents: " + plan);
    }

    @Test
    void anInsertNamesItsTableAndNothingElseDoes() {
        assertEquals("seq_outbox", Sql.insertedTable("INSERT INTO seq_outbox (id) VALUES (?)"));
        assertEquals("host_contact", Sql.insertedTable("insert into HOST_CONTACT (id) values (?)"));
        assertNull(Sql.insertedTable("UPDATE seq_outbox SET status = ?"));
        assertNull(Sql.insertedTable("INSERT INTO (id) VALUES (?)"));
    }

    /**
     * The statistics of the freshly migrated, empty schema, as a new installation has them. Autovacuum is off for the
     * table, so that only the analyses under test can bring its statistics up to date: on a slow machine the test
     * outlasts autovacuum's one-minute nap, and its own analysis would decide either test.
     */
    private static void analyse(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE seq_enrollment SET (autovacuum_enabled = false)");
            statement.execute("ANALYZE");
        }
    }

    private static String plan(DataSource dataSource) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement(ADMISSION_CHECK)) {
            explain.setString(1, "sq-big");
            for (int i = 0; i < 500; i++) {
                explain.setString(2 + i, "contact-" + (CHUNKS * 500 + i));
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
