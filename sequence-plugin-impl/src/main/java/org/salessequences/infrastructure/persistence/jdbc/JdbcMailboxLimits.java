package org.salessequences.infrastructure.persistence.jdbc;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.mailbox.MailboxLimitsStore;
import org.salessequences.domain.model.mailbox.SendLimits;

/** The limit columns of {@code seq_mailbox} (V130), and the pace row a limited mailbox takes its turns on. */
@ApplicationScoped
public class JdbcMailboxLimits implements MailboxLimitsStore {

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcMailboxLimits on(DataSource dataSource) {
        JdbcMailboxLimits limits = new JdbcMailboxLimits();
        limits.sql = new Sql(dataSource);
        return limits;
    }

    @Override
    public Map<String, SendLimits> of(Collection<String> ownerIds) {
        Map<String, SendLimits> limits = new HashMap<>();
        sql.queryIn("SELECT owner_id, per_hour, min_seconds_between FROM seq_mailbox WHERE owner_id IN (:in) "
                        + "AND (per_hour IS NOT NULL OR min_seconds_between IS NOT NULL)", ownerIds,
                row -> limits.put(row.getString(1), new SendLimits(Sql.integer(row, "per_hour"),
                        Sql.integer(row, "min_seconds_between"))));
        return limits;
    }

    /**
     * Also creates the mailbox's pace row (in the caller's transaction, which saved the mailbox): its first email then
     * finds a row to lock, and two members never race to create it.
     */
    @Override
    public void save(String ownerId, SendLimits limits) {
        sql.update("UPDATE seq_mailbox SET per_hour = ?, min_seconds_between = ? WHERE owner_id = ?",
                limits.perHour() == null ? Sql.NullOf.INTEGER : limits.perHour(),
                limits.minSecondsBetween() == null ? Sql.NullOf.INTEGER : limits.minSecondsBetween(), ownerId);
        if (limits.limited()) {
            sql.update("INSERT INTO seq_mailbox_pace (owner_id, next_allowed_at, tail_at) SELECT ?, 0, 0 "
                    + "WHERE NOT EXISTS (SELECT 1 FROM seq_mailbox_pace WHERE owner_id = ?)", ownerId, ownerId);
        }
    }
}
