package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.inbound.BounceClass;
import org.salessequences.domain.model.inbound.BounceLog;

/** {@link BounceLog} in {@code seq_bounce} (V170), counted through its (email, bounced_at) index. */
@ApplicationScoped
public class JdbcBounceLog implements BounceLog {

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcBounceLog on(Sql sql) {
        JdbcBounceLog log = new JdbcBounceLog();
        log.sql = sql;
        return log;
    }

    @Override
    public void record(String ownerId, String email, String executionId, BounceClass bounceClass, String status,
                       Instant at) {
        sql.update("INSERT INTO seq_bounce (id, owner_id, email, execution_id, bounce_class, status, bounced_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), ownerId, email,
                Sql.orNull(executionId, Sql.NullOf.VARCHAR), bounceClass.name(), Sql.orNull(status, Sql.NullOf.VARCHAR),
                at);
    }

    @Override
    public long softSince(String email, Instant since) {
        return sql.count("SELECT COUNT(*) FROM seq_bounce WHERE email = ? AND bounced_at >= ? AND bounce_class = ?",
                email, since, BounceClass.SOFT.name());
    }
}
