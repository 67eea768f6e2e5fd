package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.cluster.ClusterMembers;

/** {@code seq_member}: one row per member, stamped at every scheduler tick. */
@ApplicationScoped
public class JdbcClusterMembers implements ClusterMembers {

    private static final String STAMP = "UPDATE seq_member SET started_at = ?, seen_at = ? WHERE node_id = ?";
    private static final String ADD = "INSERT INTO seq_member (node_id, started_at, seen_at) VALUES (?, ?, ?)";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcClusterMembers on(DataSource dataSource) {
        JdbcClusterMembers members = new JdbcClusterMembers();
        members.sql = new Sql(dataSource);
        return members;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seen(String memberId, Instant startedAt, Instant now) {
        if (sql.update(STAMP, startedAt, now, memberId) == 0) {
            try {
                sql.update(ADD, memberId, startedAt, now);
            } catch (DataAccessException e) {
                // Another start of the same member added the row first: stamp it.
                if (!e.isDuplicateKey()) {
                    throw e;
                }
                sql.update(STAMP, startedAt, now, memberId);
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Instant> lastSeen() {
        Map<String, Instant> seen = new HashMap<>();
        sql.query("SELECT node_id, seen_at FROM seq_member",
                        row -> Map.entry(row.getString(1), Instant.ofEpochMilli(row.getLong(2))))
                .forEach(member -> seen.put(member.getKey(), member.getValue()));
        return seen;
    }
}
