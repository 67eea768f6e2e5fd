package org.salessequences.infrastructure.persistence.jdbc;

import static org.salessequences.infrastructure.persistence.jdbc.Sql.orNull;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.infrastructure.persistence.jdbc.Sql.NullOf;

/**
 * {@code seq_mailbox_poll}: how far each rep's inbox has been read, and which cluster member is reading it now.
 */
@ApplicationScoped
public class JdbcMailboxPollStore {

    /**
     * Where reading stands: the folder's UIDVALIDITY and the last UID read, both {@code null} before the first
     * poll.
     */
    public record Position(Long uidValidity, Long lastUid) {
    }

    private Sql sql;

    protected JdbcMailboxPollStore() {
        // for the CDI proxy
    }

    @Inject
    public JdbcMailboxPollStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Claims the mailbox for {@code node} until {@code until}, unless another member holds an unexpired claim.
     * The claim is one conditional UPDATE, so two members cannot both win it.
     */
    public boolean claim(String ownerId, String node, Instant now, Instant until) {
        if (sql.first("SELECT 1 FROM seq_mailbox_poll WHERE owner_id = ?", row -> Boolean.TRUE, ownerId).isEmpty()) {
            try {
                sql.update("INSERT INTO seq_mailbox_poll (owner_id) VALUES (?)", ownerId);
            } catch (DataAccessException e) {
                if (!e.isDuplicateKey()) {
                    throw e;
                }
            }
        }
        return sql.update("UPDATE seq_mailbox_poll SET claimed_by = ?, claimed_until = ? WHERE owner_id = ? "
                + "AND (claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)", node, until.toEpochMilli(),
                ownerId, now.toEpochMilli(), node) == 1;
    }

    public Position position(String ownerId) {
        return sql.first("SELECT uid_validity, last_uid FROM seq_mailbox_poll WHERE owner_id = ?",
                row -> new Position(Sql.longOrNull(row, "uid_validity"), Sql.longOrNull(row, "last_uid")), ownerId)
                .orElse(new Position(null, null));
    }

    /** Records how far reading got and releases the claim. */
    public void advance(String ownerId, long uidValidity, long lastUid, Instant at) {
        sql.update("UPDATE seq_mailbox_poll SET uid_validity = ?, last_uid = ?, polled_at = ?, last_error = ?, "
                + "claimed_by = ?, claimed_until = ? WHERE owner_id = ?", uidValidity, lastUid, at.toEpochMilli(),
                NullOf.VARCHAR, NullOf.VARCHAR, NullOf.BIGINT, ownerId);
    }

    /** Records why reading failed (no secrets: the message of a mail exception) and releases the claim. */
    public void failed(String ownerId, String error, Instant at) {
        String shortError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        sql.update("UPDATE seq_mailbox_poll SET polled_at = ?, last_error = ?, claimed_by = ?, claimed_until = ? "
                + "WHERE owner_id = ?", at.toEpochMilli(), orNull(shortError, NullOf.VARCHAR), NullOf.VARCHAR,
                NullOf.BIGINT, ownerId);
    }
}
