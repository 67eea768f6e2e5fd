package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.mailbox.MailboxPace;
import org.salessequences.domain.model.mailbox.SendLimits;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.log.LogId;

/**
 * {@code seq_mailbox_pace} and {@code seq_mailbox_send} (V130): each limited mailbox's row is locked ({@code SELECT ...
 * FOR UPDATE}) while an email takes its turn, and the turn itself is a conditional update of the row as it was read, so
 * the members of a cluster (and the sending lanes of one) take turns one at a time per mailbox. The
 * sends of the last hour are rows (their time moved to when the server had the email); so are the places in line of
 * the emails waiting (projected), in (time, id) order, which is the order they go in.
 */
@ApplicationScoped
public class JdbcMailboxPace implements MailboxPace {

    private static final Logger LOG = Logger.getLogger(JdbcMailboxPace.class.getName());
    private static final Duration HOUR = Duration.ofHours(1);
    /**
     * How long a granted turn holds the mailbox while its email is being sent: a member that dies mid-send frees the
     * mailbox after this. Longer than an SMTP exchange may take (the connection timeouts are shorter).
     */
    static final Duration SEND_LEASE = Duration.ofMinutes(5);
    /** How soon an email behind another that is due now asks again (the one ahead goes first, then it). */
    static final Duration BEHIND = Duration.ofMillis(250);
    /** How many of the emails ahead of one in line are counted when it asks (each ask reads at most these). */
    static final int AHEAD_COUNTED = 50;

    /**
     * A place in line counts only while its outbox entry is still to be sent: one whose email was skipped or gave up
     * (the address unsubscribed, the sequence was deleted) must not hold the line.
     */
    private static final String STILL_QUEUED = "EXISTS (SELECT 1 FROM seq_outbox o WHERE o.id = seq_mailbox_send.id "
            + "AND o.status IN ('PENDING', 'CLAIMED'))";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcMailboxPace on(DataSource dataSource) {
        JdbcMailboxPace pace = new JdbcMailboxPace();
        pace.sql = new Sql(dataSource);
        return pace;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Turn take(String ownerId, SendLimits limits, String entryId, Instant now) {
        // An email in line that may not go yet learns when to ask again without locking the mailbox's row: that answer
        // gives nothing out, and a lock is a write (on H2 a commit that reaches the file). Most asks are such.
        Instant seenPlace = placeOf(entryId);
        if (seenPlace != null) {
            List<PaceRow> seen = select(ownerId, false);
            Turn waiting = seen.isEmpty() ? null : waitInLine(ownerId, limits, entryId, seenPlace, seen.get(0), now);
            if (waiting != null) {
                return waiting;
            }
        }
        PaceRow pace = lock(ownerId, now);
        Instant place = placeOf(entryId);
        if (place != null) {
            Turn waiting = waitInLine(ownerId, limits, entryId, place, pace, now);
            return waiting != null ? waiting : grant(ownerId, entryId, pace, now);
        }
        if (hasWaiting(ownerId)) {
            // Others wait already: this one queues behind them, whatever the limits would allow right now.
            return project(ownerId, limits, entryId, pace, now);
        }
        if (!pace.nextAllowedAt().isAfter(now) && !hourlyRoom(ownerId, limits, now).isAfter(now)) {
            return grant(ownerId, entryId, pace, now);
        }
        return project(ownerId, limits, entryId, pace, now);
    }

    /** The place in line of the outbox entry's email, if it has one. */
    private Instant placeOf(String entryId) {
        return sql.first("SELECT sent_at FROM seq_mailbox_send WHERE id = ? AND projected = TRUE",
                row -> Sql.instant(row, "sent_at"), entryId).orElse(null);
    }

    /** When an email in line at {@code place} is to ask again, or {@code null} when it may go now. */
    private Turn waitInLine(String ownerId, SendLimits limits, String entryId, Instant place, PaceRow pace,
                            Instant now) {
        Instant hourlyAt = hourlyRoom(ownerId, limits, now);
        List<Instant> ahead = ahead(ownerId, place, entryId, now);
        if (!ahead.isEmpty()) {
            // Behind others in line: what holds the line is the hour's limit while the hour is full, else the spacing.
            // The first one ahead goes when it is due (at once when that has passed), the others one spacing after
            // another, and this one after them: it asks again then, not every moment (every email of a late line
            // would look at the line over and over, the more often the longer the line). Places are not distances:
            // a place set by the hour may lie an hour after the place before it though the hour no longer holds it.
            Instant from = later(later(ahead.get(0), hourlyAt), now);
            return Turn.wait(later(from.plus(limits.spacing().multipliedBy(ahead.size())), now.plus(BEHIND)),
                    hourlyAt.isAfter(now) ? ExecutionReason.MAILBOX_HOURLY_LIMIT : ExecutionReason.MAILBOX_SPACING);
        }
        Instant spacedAt = pace.nextAllowedAt();
        if (!spacedAt.isAfter(now) && !hourlyAt.isAfter(now)) {
            return null;
        }
        // First in line but not allowed yet: it keeps its place and asks again when the limit lets it. While an email
        // is being sent the mailbox is held by its lease; the spacing after it is expected from its start.
        Instant spacedRetry = spacedAt.isAfter(now)
                ? earlier(spacedAt, later(expectedSpacing(ownerId, limits, now), now.plus(BEHIND))) : now;
        return Turn.wait(later(spacedRetry, hourlyAt), hourlyAt.isAfter(spacedRetry)
                ? ExecutionReason.MAILBOX_HOURLY_LIMIT : ExecutionReason.MAILBOX_SPACING);
    }

    /**
     * Gives the email its turn, under the row's lock: the row lock serialises the turns; the turn is also a conditional
     * update of what was read, so that two members can never both take it, whatever the database's isolation makes of
     * the lock.
     */
    private Turn grant(String ownerId, String entryId, PaceRow pace, Instant now) {
        if (sql.update("UPDATE seq_mailbox_pace SET next_allowed_at = ? WHERE owner_id = ? AND next_allowed_at = ?",
                now.plus(SEND_LEASE), ownerId, pace.nextAllowedAt()) != 1) {
            return Turn.wait(now.plus(BEHIND), ExecutionReason.MAILBOX_SPACING);
        }
        String turn = Ids.newId();
        sql.update("DELETE FROM seq_mailbox_send WHERE id = ?", entryId);
        sql.update("INSERT INTO seq_mailbox_send (id, owner_id, sent_at, projected) VALUES (?, ?, ?, FALSE)",
                turn, ownerId, now);
        sql.update("DELETE FROM seq_mailbox_send WHERE owner_id = ? AND projected = FALSE AND sent_at <= ?",
                ownerId, now.minus(HOUR));
        return Turn.granted(turn);
    }

    /** When the spacing after the mailbox's last send ends, counted from that send's latest time (now without one). */
    private Instant expectedSpacing(String ownerId, SendLimits limits, Instant now) {
        return sql.first("SELECT MAX(sent_at) FROM seq_mailbox_send WHERE owner_id = ? AND projected = FALSE",
                row -> {
                    long last = row.getLong(1);
                    return row.wasNull() ? null : Instant.ofEpochMilli(last);
                }, ownerId).map(last -> last.plus(limits.spacing())).orElse(now);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(String ownerId, SendLimits limits, String turnId, Instant at) {
        lock(ownerId, at);
        sql.update("UPDATE seq_mailbox_send SET sent_at = ? WHERE id = ? AND sent_at < ?", at, turnId, at);
        sql.update("UPDATE seq_mailbox_pace SET next_allowed_at = ? WHERE owner_id = ?", at.plus(limits.spacing()),
                ownerId);
    }

    /** Places the email at the end of the line: after the last one waiting, at a time the limits leave room at. */
    private Turn project(String ownerId, SendLimits limits, String entryId, PaceRow pace, Instant now) {
        Instant spaced = pace.nextAllowedAt().isAfter(now)
                ? earlier(pace.nextAllowedAt(), expectedSpacing(ownerId, limits, now)) : now;
        Instant from = later(later(now, spaced), pace.tailAt().plus(limits.spacing()));
        Instant slot = from;
        boolean hourly = false;
        if (limits.perHour() != null) {
            // The earliest time from which fewer than perHour sends and places lie in the hour before.
            while (true) {
                List<Instant> window = sql.query("SELECT sent_at FROM seq_mailbox_send WHERE owner_id = ? "
                                + "AND sent_at > ? AND sent_at <= ? ORDER BY owner_id, sent_at",
                        row -> Sql.instant(row, "sent_at"), ownerId, slot.minus(HOUR), slot);
                if (window.size() < limits.perHour()) {
                    break;
                }
                slot = window.get(window.size() - limits.perHour()).plus(HOUR);
                hourly = true;
            }
        }
        if (limits.perHour() != null && !hourly) {
            // Its place may be late only because an email ahead of it waits for the hour: then the hour holds it too.
            // Spacing alone would put it after the ones waiting, one spacing apart.
            Instant spacingAlone = later(now, spaced).plus(limits.spacing().multipliedBy(waiting(ownerId)));
            hourly = slot.isAfter(spacingAlone);
        }
        sql.update("INSERT INTO seq_mailbox_send (id, owner_id, sent_at, projected) VALUES (?, ?, ?, TRUE)",
                entryId, ownerId, slot);
        sql.update("UPDATE seq_mailbox_pace SET tail_at = ? WHERE owner_id = ? AND tail_at < ?", slot, ownerId, slot);
        return Turn.wait(slot, hourly ? ExecutionReason.MAILBOX_HOURLY_LIMIT : ExecutionReason.MAILBOX_SPACING);
    }

    /** When the last hour's sends leave room for one more: now, or when the oldest of the hour ages out. */
    private Instant hourlyRoom(String ownerId, SendLimits limits, Instant now) {
        if (limits.perHour() == null) {
            return now;
        }
        // The ORDER BY names the line index's columns (V180), so that H2 reads the hour's sends from it in order.
        List<Instant> sends = sql.query("SELECT sent_at FROM seq_mailbox_send WHERE owner_id = ? AND projected = FALSE "
                        + "AND sent_at > ? ORDER BY owner_id, projected, sent_at", row -> Sql.instant(row, "sent_at"), ownerId,
                now.minus(HOUR));
        return sends.size() < limits.perHour() ? now : sends.get(sends.size() - limits.perHour()).plus(HOUR);
    }

    private long waiting(String ownerId) {
        return sql.first("SELECT COUNT(*) FROM seq_mailbox_send WHERE owner_id = ? AND projected = TRUE AND "
                + STILL_QUEUED, row -> row.getLong(1), ownerId).orElse(0L);
    }

    private boolean hasWaiting(String ownerId) {
        return sql.first("SELECT 1 FROM seq_mailbox_send WHERE owner_id = ? AND projected = TRUE AND " + STILL_QUEUED
                + " ORDER BY owner_id, projected, sent_at FETCH FIRST 1 ROWS ONLY", row -> 1, ownerId).isPresent();
    }

    /**
     * When the emails in line ahead of {@code entryId}'s place are due to ask for their turn (now for one being asked
     * for at this moment), in line order; at most {@link #AHEAD_COUNTED} of them: an email further back asks again
     * after those have gone and counts again.
     */
    private List<Instant> ahead(String ownerId, Instant place, String entryId, Instant now) {
        return sql.query("SELECT o.next_attempt_at, o.status FROM seq_mailbox_send s JOIN seq_outbox o ON o.id = s.id "
                        + "WHERE s.owner_id = ? AND s.projected = TRUE AND s.id <> ? AND (s.sent_at < ? OR "
                        + "(s.sent_at = ? AND s.id < ?)) AND o.status IN ('PENDING', 'CLAIMED') "
                        + "ORDER BY s.owner_id, s.projected, s.sent_at FETCH FIRST " + AHEAD_COUNTED + " ROWS ONLY",
                row -> "CLAIMED".equals(row.getString(2)) ? now : Sql.instant(row, "next_attempt_at"), ownerId, entryId,
                place, place, entryId);
    }

    /**
     * Locks the mailbox's row for this transaction, creating it first when the mailbox never sent: the insert commits
     * on its own, so that two members creating it at once cannot fail each other's turn.
     */
    private PaceRow lock(String ownerId, Instant now) {
        List<PaceRow> rows = select(ownerId, true);
        if (rows.isEmpty()) {
            create(ownerId, now);
            rows = select(ownerId, true);
        }
        return rows.get(0);
    }

    /** The mailbox's row, if it has one, locked for this transaction when asked. */
    private List<PaceRow> select(String ownerId, boolean forUpdate) {
        return new ArrayList<>(sql.query("SELECT next_allowed_at, tail_at FROM seq_mailbox_pace WHERE owner_id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""),
                row -> new PaceRow(Sql.instant(row, "next_allowed_at"), Sql.instant(row, "tail_at")), ownerId));
    }

    private void create(String ownerId, Instant now) {
        try {
            sql.update("INSERT INTO seq_mailbox_pace (owner_id, next_allowed_at, tail_at) SELECT ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM seq_mailbox_pace WHERE owner_id = ?)", ownerId, now.minus(HOUR),
                    now.minus(HOUR), ownerId);
        } catch (DataAccessException e) {
            LOG.fine(() -> LogId.PACE_ROW_RACE + " another member created the pace row of " + ownerId + " first");
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The mailbox's row: when the next email may start and the place of the last one waiting. */
    private record PaceRow(Instant nextAllowedAt, Instant tailAt) {
    }
}
