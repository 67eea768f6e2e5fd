package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.infrastructure.persistence.schema.SqlDialect;

@ApplicationScoped
public class JdbcOutboxRepository implements OutboxRepository {

    private static final String COLUMNS = "id, kind, execution_id, contact_id, payload, attempts, created_at";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcOutboxRepository on(DataSource dataSource) {
        JdbcOutboxRepository outbox = new JdbcOutboxRepository();
        outbox.sql = new Sql(dataSource);
        return outbox;
    }

    @Override
    public void add(List<OutboxEntry> entries) {
        sql.batch("INSERT INTO seq_outbox (id, kind, execution_id, contact_id, payload, status, attempts, next_attempt_at, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                entries.stream().map(e -> new Object[]{e.id(), e.kind(), e.executionId(), e.contactId(), e.payload(),
                        e.createdAt(), e.createdAt()}).toList());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEntry> claim(String nodeId, Instant now, int limit) {
        return sql.dialect() == SqlDialect.POSTGRESQL ? claimSkippingLocked(nodeId, now, limit)
                : claimConditionally(nodeId, now, limit);
    }

    /**
     * PostgreSQL: one statement claims the oldest due entries that no other member is claiming at this moment, and
     * returns them. One row update per entry in one statement, where a conditional update per entry costs a round of
     * its own.
     */
    private List<OutboxEntry> claimSkippingLocked(String nodeId, Instant now, int limit) {
        return sql.query("UPDATE seq_outbox SET status = 'CLAIMED', claimed_by = ?, "
                        + "claimed_at = ? WHERE id IN (SELECT id FROM seq_outbox WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? ORDER BY status, next_attempt_at, id FETCH FIRST " + limit
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS + ", next_attempt_at",
                row -> new Claimed(entry(row), row.getLong(8)), nodeId, Instant.now(), now).stream()
                .sorted(Comparator.comparingLong(Claimed::dueAt).thenComparing(claim -> claim.entry().id()))
                .map(Claimed::entry).toList();
    }

    /** An entry claimed, with when it was due: RETURNING hands rows back in no particular order. */
    private record Claimed(OutboxEntry entry, long dueAt) {
    }

    /** H2: reads the oldest due entries, then claims each with a conditional update. */
    private List<OutboxEntry> claimConditionally(String nodeId, Instant now, int limit) {
        // "status" leads the ORDER BY although it is fixed: H2 reads in index order (and stops at the limit) only when
        // the ORDER BY names the index's columns from the first; otherwise it reads and sorts every due entry.
        List<OutboxEntry> candidates = sql.query("SELECT " + COLUMNS + " FROM seq_outbox WHERE status = 'PENDING' "
                + "AND next_attempt_at <= ? ORDER BY status, next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY",
                JdbcOutboxRepository::entry, now);
        // Each claim is a conditional update: when two members pick the same entry only one update matches.
        int[] claimed = sql.batch("UPDATE seq_outbox SET status = 'CLAIMED', claimed_by = ?, claimed_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", candidates.stream()
                .map(entry -> new Object[]{nodeId, Instant.now(), entry.id()}).toList());
        List<OutboxEntry> mine = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (claimed[i] == 1 || claimed[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                mine.add(candidates.get(i));
            }
        }
        return mine;
    }

    private static OutboxEntry entry(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getString(1), OutboxKind.valueOf(row.getString(2)), row.getString(3),
                row.getString(4), row.getString(5), row.getInt(6), Instant.ofEpochMilli(row.getLong(7)));
    }

    @Override
    public void done(String id, Instant at) {
        sql.update("UPDATE seq_outbox SET status = 'DONE', done_at = ?, attempts = attempts + 1 WHERE id = ?", at, id);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retry(String id, Instant next, String error) {
        sql.update("UPDATE seq_outbox SET status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, "
                + "last_error = ?, claimed_by = NULL, claimed_at = NULL WHERE id = ?", next, truncate(error), id);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void defer(String id, Instant at) {
        sql.update("UPDATE seq_outbox SET status = 'PENDING', next_attempt_at = ?, claimed_by = NULL, claimed_at = NULL "
                + "WHERE id = ? AND status = 'CLAIMED'", at, id);
    }

    /** The first entry of the (status, next_attempt_at, id) index. */
    @Override
    public Instant nextDue() {
        return sql.first("SELECT next_attempt_at FROM seq_outbox WHERE status = 'PENDING' "
                + "ORDER BY status, next_attempt_at, id FETCH FIRST 1 ROWS ONLY", row -> Sql.instant(row,
                "next_attempt_at")).orElse(null);
    }

    @Override
    public int releaseHeldEmails(String sequenceId, Instant at) {
        return sql.update("UPDATE seq_outbox SET next_attempt_at = ? WHERE status = 'PENDING' AND kind = 'EMAIL' "
                + "AND next_attempt_at > ? AND execution_id IN (SELECT x.id FROM seq_step_execution x "
                + "WHERE x.sequence_id = ? AND x.sent_at IS NULL AND x.status IN ('EXECUTED', 'DEFERRED'))", at, at,
                sequenceId);
    }

    @Override
    public void fail(String id, String error, Instant at) {
        sql.update("UPDATE seq_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ?, done_at = ? "
                + "WHERE id = ?", truncate(error), at, id);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseStale(Instant before) {
        return sql.update("UPDATE seq_outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL "
                + "WHERE status = 'CLAIMED' AND claimed_at < ?", before);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseClaimsOf(String memberId, Instant claimedBefore) {
        return sql.update("UPDATE seq_outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL "
                + "WHERE status = 'CLAIMED' AND claimed_by = ? AND claimed_at < ?", memberId, claimedBefore);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseClaimsOfStoppedMembers(Instant seenBefore) {
        return sql.update("UPDATE seq_outbox SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL "
                + "WHERE status = 'CLAIMED' AND claimed_by IN (SELECT node_id FROM seq_member WHERE seen_at < ?)",
                seenBefore);
    }

    @Override
    public long open() {
        return sql.count("SELECT COUNT(*) FROM seq_outbox WHERE status IN ('PENDING', 'CLAIMED')");
    }

    private static String truncate(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    }
}
