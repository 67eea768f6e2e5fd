package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.inbound.Suppressions;

/** {@link Suppressions} in {@code seq_suppression} (V170), one row per owner and address. */
@ApplicationScoped
public class JdbcSuppressions implements Suppressions {

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcSuppressions on(Sql sql) {
        JdbcSuppressions suppressions = new JdbcSuppressions();
        suppressions.sql = sql;
        return suppressions;
    }

    @Override
    public boolean suppress(String ownerId, String email, String reason, Instant at) {
        // Insert-if-absent in one statement (the casts type PostgreSQL's select-list parameters).
        return sql.update("INSERT INTO seq_suppression (owner_id, email, reason, created_at) "
                + "SELECT CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(320)), CAST(? AS VARCHAR(20)), CAST(? AS BIGINT) "
                + "WHERE NOT EXISTS (SELECT 1 FROM seq_suppression WHERE owner_id = ? AND email = ?)",
                ownerId, email, reason, at, ownerId, email) == 1;
    }

    @Override
    public Set<String> among(String ownerId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.queryIn("SELECT email FROM seq_suppression WHERE owner_id = ? AND email IN (:in)",
                emails, row -> row.getString(1), ownerId));
    }
}
