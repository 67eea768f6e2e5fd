package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.mailbox.MailboxHealth;

/**
 * {@code seq_mailbox_health} (V152). Sending must not pay a write per email for this: an owner whose row this
 * member cleared lately is taken as healthy without asking again, until {@link #RECHECK_AFTER_NANOS} passed (another
 * member may have recorded failures meanwhile) or this member records one itself.
 */
@ApplicationScoped
public class JdbcMailboxHealth implements MailboxHealth {

    private static final long RECHECK_AFTER_NANOS = 60_000_000_000L;
    private static final int MAX_ERROR = 2000;

    private Sql sql;
    private final Map<String, Long> clearedAt = new ConcurrentHashMap<>();

    protected JdbcMailboxHealth() {
        // for the CDI proxy
    }

    @Inject
    public JdbcMailboxHealth(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void failed(String ownerId, String reason, Instant at) {
        clearedAt.remove(ownerId);
        String error = reason == null ? null : reason.substring(0, Math.min(reason.length(), MAX_ERROR));
        Object errorValue = error == null ? Sql.NullOf.VARCHAR : error;
        if (sql.update("UPDATE seq_mailbox_health SET failures = failures + 1, last_failed_at = ?, last_error = ? "
                + "WHERE owner_id = ?", at.toEpochMilli(), errorValue, ownerId) == 1) {
            return;
        }
        try {
            sql.update("INSERT INTO seq_mailbox_health (owner_id, failures, failing_since, last_failed_at, last_error) "
                    + "VALUES (?, 1, ?, ?, ?)", ownerId, at.toEpochMilli(), at.toEpochMilli(), errorValue);
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            // Another member inserted the row first: this failure counts on top of its.
            sql.update("UPDATE seq_mailbox_health SET failures = failures + 1, last_failed_at = ?, last_error = ? "
                    + "WHERE owner_id = ?", at.toEpochMilli(), errorValue, ownerId);
        }
    }

    @Override
    public void sent(String ownerId) {
        long now = System.nanoTime();
        Long cleared = clearedAt.get(ownerId);
        if (cleared != null && now - cleared < RECHECK_AFTER_NANOS) {
            return;
        }
        sql.update("DELETE FROM seq_mailbox_health WHERE owner_id = ?", ownerId);
        clearedAt.put(ownerId, now);
    }

    @Override
    public Optional<Failures> failures(String ownerId) {
        return sql.first("SELECT failures, failing_since, last_error FROM seq_mailbox_health WHERE owner_id = ?",
                row -> new Failures(row.getInt("failures"), Instant.ofEpochMilli(row.getLong("failing_since")),
                        row.getString("last_error")), ownerId);
    }
}
