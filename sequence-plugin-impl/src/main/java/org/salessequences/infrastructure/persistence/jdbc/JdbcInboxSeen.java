package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The inbox messages already applied, per owner, by Message-ID (V170 {@code seq_inbox_seen}): what makes a message
 * read once even when its folder's UIDVALIDITY changed and it is offered again under a new UID.
 */
@ApplicationScoped
public class JdbcInboxSeen {

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcInboxSeen on(Sql sql) {
        JdbcInboxSeen seen = new JdbcInboxSeen();
        seen.sql = sql;
        return seen;
    }

    /** Marks the message seen; @return whether it was not seen before (so it is applied now). */
    public boolean firstTime(String ownerId, String messageKey, Instant at) {
        return sql.update("INSERT INTO seq_inbox_seen (owner_id, message_key, seen_at) "
                + "SELECT CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), CAST(? AS BIGINT) "
                + "WHERE NOT EXISTS (SELECT 1 FROM seq_inbox_seen WHERE owner_id = ? AND message_key = ?)",
                ownerId, messageKey, at, ownerId, messageKey) == 1;
    }
}
