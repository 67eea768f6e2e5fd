package org.salessequences.infrastructure.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.time.ApplicationClock;

/**
 * The raw baseline of the engine benchmark: writes enrollment rows with nothing but plain JDBC batch inserts into the
 * enrollment table itself (same columns, keys and indexes), under a sequence id of its own that no sequence has, one
 * commit per batch as the enroll stage commits per chunk, and deletes them afterwards. Measured in the same server and
 * database as the run it is compared with. Test installations only (adjustable clock).
 */
@ApplicationScoped
public class EnrollmentInsertBaseline {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Inject
    ApplicationClock clock;

    /** Inserts {@code rows} rows in batches of {@code batch}; returns the elapsed nanoseconds of the inserts. */
    public long insert(int rows, int batch) {
        if (!clock.isAdjustable()) {
            throw new IllegalStateException("the baseline runs only where the clock is adjustable");
        }
        try {
            return insertAndDelete(rows, batch);
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert baseline failed", e);
        }
    }

    private long insertAndDelete(int rows, int batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            String sequenceId = UUID.randomUUID().toString();
            long now = System.currentTimeMillis();
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO seq_enrollment (id, sequence_id, "
                    + "contact_id, account_id, email, status, source, enrolled_by, enrolled_at, updated_at, steps_done, "
                    + "host_synced) VALUES (?, ?, ?, ?, ?, 'ACTIVE', 'AUDIENCE', NULL, ?, ?, FALSE, FALSE)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, Ids.newId());
                    insert.setString(2, sequenceId);
                    insert.setString(3, Ids.newId());
                    insert.setString(4, null);
                    insert.setString(5, "contact" + i + "@baseline.example");
                    insert.setLong(6, now);
                    insert.setLong(7, now);
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            long elapsed = System.nanoTime() - started;
            // Deleted in slices: one transaction over a million rows would not fit the heap of a small server.
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM seq_enrollment WHERE id IN "
                    + "(SELECT id FROM seq_enrollment WHERE sequence_id = ? FETCH FIRST 10000 ROWS ONLY)")) {
                delete.setString(1, sequenceId);
                while (delete.executeUpdate() > 0) {
                    connection.commit();
                }
                connection.commit();
            }
            connection.setAutoCommit(autoCommit);
            return elapsed;
        }
    }
}
