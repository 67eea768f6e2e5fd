package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.execution.RetentionStore;

/** Retention on {@code seq_step_execution}, {@code seq_step_counter} and {@code seq_outbox}. */
@ApplicationScoped
public class JdbcRetentionStore implements RetentionStore {

    /** The counts of a set of executions by step, in the columns of {@code seq_step_counter}. */
    private static final String COUNTS = "SELECT step_id, sequence_id, "
            + "COUNT(CASE WHEN status = 'EXECUTED' THEN 1 END), COUNT(CASE WHEN status = 'SKIPPED' THEN 1 END), "
            + "COUNT(CASE WHEN status = 'DEFERRED' THEN 1 END), COUNT(CASE WHEN status = 'FAILED' THEN 1 END), "
            + "COUNT(sent_at), COUNT(opened_at), COUNT(clicked_at), COUNT(replied_at), COUNT(bounced_at), "
            + "COUNT(unsubscribed_at) FROM seq_step_execution WHERE id IN (:in) GROUP BY step_id, sequence_id";
    private static final String ADD = "UPDATE seq_step_counter SET executed = executed + ?, skipped = skipped + ?, "
            + "deferred = deferred + ?, failed = failed + ?, sent = sent + ?, opened = opened + ?, clicked = clicked + ?, "
            + "replied = replied + ?, bounced = bounced + ?, unsubscribed = unsubscribed + ? WHERE step_id = ?";
    private static final String CREATE = "INSERT INTO seq_step_counter (executed, skipped, deferred, failed, sent, "
            + "opened, clicked, replied, bounced, unsubscribed, step_id, sequence_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcRetentionStore on(DataSource dataSource) {
        JdbcRetentionStore store = new JdbcRetentionStore();
        store.sql = new Sql(dataSource);
        return store;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimDaily(String task, Instant now, Instant notSince) {
        return sql.update("UPDATE seq_housekeeping SET last_run_at = ? WHERE name = ? AND last_run_at < ?", now, task,
                notSince) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int compactEnded(Instant endedBefore, Instant now, int batch) {
        List<String> enrollments = sql.query("SELECT id FROM seq_enrollment WHERE compacted_at IS NULL "
                + "AND ended_at < ? ORDER BY compacted_at, ended_at FETCH FIRST " + batch + " ROWS ONLY",
                row -> row.getString(1), endedBefore);
        if (enrollments.isEmpty()) {
            return 0;
        }
        // An execution whose reminder a rep has not dealt with yet stays, and is counted live until then.
        List<String> executions = sql.queryIn("SELECT x.id FROM seq_step_execution x WHERE x.enrollment_id IN (:in) "
                + "AND NOT EXISTS (SELECT 1 FROM seq_reminder r WHERE r.execution_id = x.id AND r.status = 'OPEN')",
                enrollments, row -> row.getString(1));
        if (!executions.isEmpty()) {
            for (Object[] counts : sql.queryIn(COUNTS, executions, row -> new Object[]{row.getLong(3), row.getLong(4),
                    row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10),
                    row.getLong(11), row.getLong(12), row.getString(1), row.getString(2)})) {
                if (sql.update(ADD, Arrays.copyOf(counts, 11)) == 0) {
                    sql.update(CREATE, counts);
                }
            }
            sql.updateIn("DELETE FROM seq_step_execution WHERE id IN (:in)", executions);
        }
        sql.updateIn("UPDATE seq_enrollment SET compacted_at = ? WHERE id IN (:in)", enrollments, now);
        return enrollments.size();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteFinishedOutbox(Instant doneBefore, int batch) {
        List<String> finished = sql.query("SELECT id FROM seq_outbox WHERE status IN ('DONE', 'FAILED') "
                + "AND done_at < ? FETCH FIRST " + batch + " ROWS ONLY", row -> row.getString(1), doneBefore);
        return finished.isEmpty() ? 0 : sql.updateIn("DELETE FROM seq_outbox WHERE id IN (:in)", finished);
    }
}
