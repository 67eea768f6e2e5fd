package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentProgress;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.enrollment.PauseReason;
import org.salessequences.domain.model.enrollment.NewEnrollment;
import org.salessequences.domain.model.enrollment.SequenceMembership;
import org.salessequences.infrastructure.persistence.ExclusiveAdmissionLock;
import org.salessequences.infrastructure.persistence.schema.SqlDialect;

@ApplicationScoped
public class JdbcEnrollmentBatchStore implements EnrollmentBatchStore {

    private static final String ROW_COLUMNS = "id, contact_id, account_id, email, status, day_one, current_step_position, "
            + "next_step_at, enrolled_at";
    private static final String LIVE = "status IN ('ACTIVE', 'PAUSED')";
    /**
     * Keyset pages walk the (sequence_id, id) index in order. The sequence comes first although it is fixed, because
     * H2 reads an index in order only for an ORDER BY that starts with the index's first column; otherwise every
     * page would sort the rest of the sequence.
     */
    private static final String KEYSET_ORDER = " ORDER BY sequence_id, id ";
    /**
     * The host sync leaves the enrollments of a sequence alone while a run of it is under way: the run updates them
     * chunk by chunk, and the two must not wait on each other's row locks. It catches up when the run has ended.
     */
    private static final String RUNNING_SEQUENCES = "SELECT id FROM seq_sequence WHERE current_run_id IS NOT NULL";
    private static final String NO_RUN_UNDER_WAY = "sequence_id NOT IN (" + RUNNING_SEQUENCES + ")";
    /** Exiting ends the enrollment and tells the sync step to update the contact's sequence lists in the host. */
    private static final String EXIT_SET = "UPDATE seq_enrollment SET status = 'EXITED', exit_reason = ?, ended_at = ?, "
            + "next_step_at = NULL, updated_at = ?, host_synced = FALSE";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcEnrollmentBatchStore on(DataSource dataSource) {
        JdbcEnrollmentBatchStore store = new JdbcEnrollmentBatchStore();
        store.sql = new Sql(dataSource);
        return store;
    }

    @Override
    public Set<String> enrolledContacts(String sequenceId, Collection<String> contactIds) {
        return new HashSet<>(sql.queryIn("SELECT contact_id FROM seq_enrollment WHERE sequence_id = ? AND contact_id IN (:in)",
                contactIds, row -> row.getString(1), sequenceId));
    }

    @Override
    public Set<String> enrolledEmails(String sequenceId, Collection<String> emails) {
        return new HashSet<>(sql.queryIn("SELECT email FROM seq_enrollment WHERE sequence_id = ? AND email IN (:in)",
                emails, row -> row.getString(1), sequenceId));
    }

    @Override
    public Set<String> inOtherExclusiveSequences(String sequenceId, Collection<String> contactIds) {
        sql.query(ExclusiveAdmissionLock.SQL, row -> row.getString(1));
        return new HashSet<>(sql.queryIn("SELECT e.contact_id FROM seq_enrollment e JOIN seq_sequence s ON s.id = e.sequence_id "
                        + "WHERE s.exclusive_audience = TRUE AND s.deleted_at IS NULL AND e.sequence_id <> ? AND e." + LIVE
                        + " AND e.contact_id IN (:in)", contactIds, row -> row.getString(1), sequenceId));
    }

    @Override
    public void insert(List<NewEnrollment> enrollments) {
        sql.batch("INSERT INTO seq_enrollment (id, sequence_id, contact_id, account_id, email, status, source, enrolled_by, "
                        + "enrolled_at, updated_at, steps_done, host_synced) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, FALSE, FALSE)",
                enrollments.stream().map(e -> new Object[]{e.id(), e.sequenceId(), e.contactId(), e.accountId(), e.email(),
                        e.source(), e.enrolledBy(), e.at(), e.at()}).toList());
    }

    @Override
    public List<EnrollmentRow> due(String sequenceId, Instant runAt, boolean everyActive, String afterId, int limit) {
        return dueUpTo(sequenceId, runAt, everyActive, afterId, null, limit);
    }

    @Override
    public List<EnrollmentRow> dueUpTo(String sequenceId, Instant runAt, boolean everyActive, String afterId,
                                       String lastId, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(sequenceId, after(afterId)));
        StringBuilder query = new StringBuilder("SELECT " + ROW_COLUMNS + " FROM seq_enrollment WHERE sequence_id = ? "
                + "AND status = 'ACTIVE' AND steps_done = FALSE AND id > ?");
        if (lastId != null) {
            query.append(" AND id <= ?");
            parameters.add(lastId);
        }
        if (!everyActive) {
            query.append(" AND (next_step_at IS NULL OR next_step_at <= ?)");
            parameters.add(runAt);
        }
        return sql.query(query + KEYSET_ORDER + limit(limit), JdbcEnrollmentBatchStore::row, parameters.toArray());
    }

    @Override
    public Optional<String> idAfter(String sequenceId, String afterId, int step) {
        return sql.first("SELECT id FROM seq_enrollment WHERE sequence_id = ? AND id > ?" + KEYSET_ORDER + "OFFSET "
                + (step - 1) + " ROWS " + limit(1), row -> row.getString(1), sequenceId, after(afterId));
    }

    /**
     * Two ranges of V130's (sequence_id, status, steps_done, next_step_at, id) index, each read in index order (the
     * ORDER BY names the index's columns from the first, the form H2 reads without sorting): the unplanned enrollments
     * (no due time) by id, then those due by {@code runAt} by (due time, id).
     */
    @Override
    public List<EnrollmentRow> dueByTime(String sequenceId, Instant runAt, DueCursor after, int limit) {
        String base = "SELECT " + ROW_COLUMNS + " FROM seq_enrollment WHERE sequence_id = ? AND status = 'ACTIVE' "
                + "AND steps_done = FALSE AND ";
        String order = " ORDER BY sequence_id, status, steps_done, next_step_at, id ";
        List<EnrollmentRow> rows = new ArrayList<>();
        if (!after.planned()) {
            rows.addAll(sql.query(base + "next_step_at IS NULL AND id > ?" + order + limit(limit),
                    JdbcEnrollmentBatchStore::row, sequenceId, after(after.id())));
        }
        if (rows.size() < limit) {
            int rest = limit - rows.size();
            rows.addAll(after.planned()
                    ? sql.query(base + "next_step_at <= ? AND (next_step_at > ? OR (next_step_at = ? AND id > ?))"
                            + order + limit(rest), JdbcEnrollmentBatchStore::row, sequenceId, runAt,
                    after.nextStepAt(), after.nextStepAt(), after(after.id()))
                    : sql.query(base + "next_step_at <= ?" + order + limit(rest), JdbcEnrollmentBatchStore::row,
                    sequenceId, runAt));
        }
        return rows;
    }

    @Override
    public Instant earliestDue(String sequenceId, Instant now) {
        String base = "SELECT next_step_at FROM seq_enrollment WHERE sequence_id = ? AND status = 'ACTIVE' "
                + "AND steps_done = FALSE AND ";
        String order = " ORDER BY sequence_id, status, steps_done, next_step_at " + limit(1);
        if (sql.first(base + "next_step_at IS NULL" + order, row -> 1, sequenceId).isPresent()) {
            return now;
        }
        return sql.first(base + "next_step_at IS NOT NULL" + order, row -> Sql.instant(row, "next_step_at"),
                sequenceId).orElse(null);
    }

    @Override
    public long countAudienceEnrollments(String sequenceId, Instant from, Instant to) {
        return sql.count("SELECT COUNT(*) FROM seq_enrollment WHERE sequence_id = ? AND source = 'AUDIENCE' "
                + "AND enrolled_at >= ? AND enrolled_at < ?", sequenceId, from, to);
    }

    @Override
    public int exitAccountReplied(String sequenceId, Instant at) {
        return exitWhere(sequenceId, ExitReason.ACCOUNT_REPLIED, at, "account_id IS NOT NULL AND EXISTS (SELECT 1 "
                + "FROM seq_enrollment o JOIN seq_step_execution x ON x.enrollment_id = o.id "
                + "WHERE o.sequence_id = seq_enrollment.sequence_id AND o.account_id = seq_enrollment.account_id "
                + "AND o.id <> seq_enrollment.id AND x.replied_at IS NOT NULL)");
    }

    @Override
    public Map<String, Set<String>> repliedByAccount(String sequenceId, Collection<String> accountIds) {
        Map<String, Set<String>> replied = new HashMap<>();
        sql.queryIn("SELECT DISTINCT e.account_id, e.id FROM seq_enrollment e JOIN seq_step_execution x "
                        + "ON x.enrollment_id = e.id WHERE e.sequence_id = ? AND x.replied_at IS NOT NULL "
                        + "AND e.account_id IN (:in)", accountIds,
                row -> replied.computeIfAbsent(row.getString(1), account -> new HashSet<>()).add(row.getString(2)),
                sequenceId);
        return replied;
    }

    @Override
    public List<LiveEnrollment> liveByContact(String contactId) {
        return sql.query("SELECT id, sequence_id FROM seq_enrollment WHERE contact_id = ? AND " + LIVE,
                row -> new LiveEnrollment(row.getString(1), row.getString(2)), contactId);
    }

    @Override
    public List<EnrollmentRow> live(String sequenceId, String afterId, int limit) {
        return sql.query("SELECT " + ROW_COLUMNS + " FROM seq_enrollment WHERE sequence_id = ? AND " + LIVE
                + " AND id > ?" + KEYSET_ORDER + limit(limit), JdbcEnrollmentBatchStore::row, sequenceId, after(afterId));
    }

    @Override
    public void progress(List<EnrollmentProgress> updates) {
        if (updates.isEmpty()) {
            return;
        }
        if (sql.dialect() == SqlDialect.POSTGRESQL) {
            // One statement for the chunk: a batch of single-row updates costs PostgreSQL a round per row.
            sql.update("UPDATE seq_enrollment e SET day_one = v.day_one, current_step_position = v.position, "
                            + "next_step_at = v.next_step_at, steps_done = v.steps_done, updated_at = v.updated_at "
                            + "FROM unnest(?::varchar[], ?::integer[], ?::integer[], ?::bigint[], ?::boolean[], "
                            + "?::bigint[]) AS v(id, day_one, position, next_step_at, steps_done, updated_at) "
                            + "WHERE e.id = v.id AND e.status = 'ACTIVE'",
                    new Sql.ArrayOf("varchar", updates.stream().map(EnrollmentProgress::id).toArray()),
                    new Sql.ArrayOf("integer", updates.stream().map(p -> p.dayOne() == null ? null
                            : (Object) (int) p.dayOne().toEpochDay()).toArray()),
                    new Sql.ArrayOf("integer", updates.stream().map(EnrollmentProgress::currentStepPosition).toArray()),
                    new Sql.ArrayOf("bigint", updates.stream().map(p -> p.nextStepAt() == null ? null
                            : (Object) p.nextStepAt().toEpochMilli()).toArray()),
                    new Sql.ArrayOf("boolean", updates.stream().map(EnrollmentProgress::stepsDone).toArray()),
                    new Sql.ArrayOf("bigint", updates.stream().map(p -> (Object) p.at().toEpochMilli()).toArray()));
            return;
        }
        sql.batch("UPDATE seq_enrollment SET day_one = ?, current_step_position = ?, next_step_at = ?, steps_done = ?, "
                        + "updated_at = ? WHERE id = ? AND status = 'ACTIVE'",
                updates.stream().map(p -> new Object[]{p.dayOne(), p.currentStepPosition(), p.nextStepAt(), p.stepsDone(),
                        p.at(), p.id()}).toList());
    }

    @Override
    public int completeFinished(String sequenceId, Instant at) {
        return sql.update("UPDATE seq_enrollment SET status = 'COMPLETED', ended_at = ?, next_step_at = NULL, "
                + "current_step_position = NULL, updated_at = ?, host_synced = FALSE "
                + "WHERE sequence_id = ? AND status = 'ACTIVE' AND steps_done = TRUE", at, at, sequenceId);
    }

    @Override
    public int exitReplied(String sequenceId, Instant at) {
        return exitWhere(sequenceId, ExitReason.REPLIED, at, "EXISTS (SELECT 1 FROM seq_step_execution x "
                + "WHERE x.enrollment_id = seq_enrollment.id AND x.replied_at IS NOT NULL)");
    }

    @Override
    public int exitBounced(String sequenceId, Instant at) {
        return exitWhere(sequenceId, ExitReason.BOUNCED, at, "EXISTS (SELECT 1 FROM seq_step_execution x "
                + "WHERE x.enrollment_id = seq_enrollment.id AND x.bounced_at IS NOT NULL)");
    }

    @Override
    public int exitUnsubscribed(String sequenceId, Instant at) {
        return exitWhere(sequenceId, ExitReason.UNSUBSCRIBED, at,
                "EXISTS (SELECT 1 FROM seq_unsubscribe u WHERE u.email = seq_enrollment.email)");
    }

    private int exitWhere(String sequenceId, ExitReason reason, Instant at, String condition) {
        return sql.update(EXIT_SET + " WHERE sequence_id = ? AND " + LIVE + " AND " + condition,
                reason, at, at, sequenceId);
    }

    @Override
    public List<LiveEnrollment> liveByEmail(String email) {
        return sql.query("SELECT id, sequence_id FROM seq_enrollment WHERE email = ? AND " + LIVE,
                row -> new LiveEnrollment(row.getString(1), row.getString(2)), email);
    }

    @Override
    public List<LiveEnrollment> liveByEmailOfOwner(String ownerId, String email) {
        return sql.query("SELECT e.id, e.sequence_id FROM seq_enrollment e JOIN seq_sequence s ON s.id = e.sequence_id "
                        + "WHERE e.email = ? AND s.owner_id = ? AND e.status IN ('ACTIVE', 'PAUSED')",
                row -> new LiveEnrollment(row.getString(1), row.getString(2)), email, ownerId);
    }

    @Override
    public boolean dueAgainAt(String enrollmentId, int position, Instant at) {
        return sql.update("UPDATE seq_enrollment SET current_step_position = ?, next_step_at = ?, steps_done = FALSE, "
                + "updated_at = ? WHERE id = ? AND status IN ('ACTIVE', 'PAUSED')", position, at, at, enrollmentId) == 1;
    }

    @Override
    public boolean pauseUntil(String enrollmentId, PauseReason reason, Instant resumesAt, Instant at) {
        boolean paused = sql.update("UPDATE seq_enrollment SET status = 'PAUSED', pause_reason = ?, resumes_at = ?, "
                        + "paused_at = ?, updated_at = ? WHERE id = ? AND (status = 'ACTIVE' OR (status = 'PAUSED' "
                        + "AND pause_reason = ?))", reason.name(), resumesAt, at, at, enrollmentId, reason.name()) == 1;
        if (paused) {
            sql.update("DELETE FROM seq_enrollment_resume WHERE enrollment_id = ?", enrollmentId);
            sql.update("INSERT INTO seq_enrollment_resume (enrollment_id, resumes_at) VALUES (?, ?)", enrollmentId,
                    resumesAt);
        }
        return paused;
    }

    @Override
    public int resumeDue(Instant now) {
        // Through V170's seq_enrollment_resume index; a pause by a person has no end there and is left alone.
        List<String> due = sql.query("SELECT enrollment_id FROM seq_enrollment_resume WHERE resumes_at <= ?",
                row -> row.getString(1), now);
        if (due.isEmpty()) {
            return 0;
        }
        int resumed = sql.updateIn("UPDATE seq_enrollment SET status = 'ACTIVE', pause_reason = NULL, resumes_at = NULL, "
                + "paused_at = NULL, updated_at = ? WHERE status = 'PAUSED' AND resumes_at <= ? AND id IN (:in)", due,
                now, now);
        sql.updateIn("DELETE FROM seq_enrollment_resume WHERE enrollment_id IN (:in)", due);
        return resumed;
    }

    @Override
    public int exit(Collection<String> enrollmentIds, ExitReason reason, Instant at) {
        return sql.updateIn(EXIT_SET + " WHERE " + LIVE + " AND id IN (:in)", enrollmentIds, reason, at, at);
    }

    /**
     * Walks the sequences that have pending enrollments through the (host_synced, sequence_id, contact_id) index of
     * V094, one seek each, passing over the sequences a run is under way in, and takes the pending contacts of the
     * others in index order (no DISTINCT, so a large backlog is not sorted for every batch). Filtering the running
     * sequences out row by row instead read every pending enrollment of a large run at every tick.
     */
    @Override
    public List<String> unsyncedContacts(int limit) {
        Set<String> running = new HashSet<>(sql.query(RUNNING_SEQUENCES, row -> row.getString(1)));
        Set<String> contacts = new LinkedHashSet<>();
        String sequence = "";
        while (contacts.size() < limit) {
            Optional<String> next = sql.first("SELECT sequence_id FROM seq_enrollment WHERE host_synced = FALSE "
                    + "AND sequence_id > ? ORDER BY host_synced, sequence_id " + limit(1), row -> row.getString(1),
                    sequence);
            if (next.isEmpty()) {
                break;
            }
            sequence = next.get();
            if (!running.contains(sequence)) {
                contacts.addAll(sql.query("SELECT contact_id FROM seq_enrollment WHERE host_synced = FALSE "
                        + "AND sequence_id = ? ORDER BY host_synced, sequence_id, contact_id "
                        + limit(limit - contacts.size()), row -> row.getString(1), sequence));
            }
        }
        return List.copyOf(contacts);
    }

    @Override
    public void markSynced(Collection<String> contactIds, Instant asOf) {
        sql.updateIn("UPDATE seq_enrollment SET host_synced = TRUE WHERE updated_at <= ? AND " + NO_RUN_UNDER_WAY
                + " AND contact_id IN (:in)", contactIds, asOf);
    }

    @Override
    public List<SequenceMembership> memberships(Collection<String> contactIds) {
        return sql.queryIn("SELECT e.contact_id, s.name, e.status FROM seq_enrollment e JOIN seq_sequence s "
                        + "ON s.id = e.sequence_id WHERE s.deleted_at IS NULL AND e.contact_id IN (:in) ORDER BY s.name",
                contactIds, row -> new SequenceMembership(row.getString(1), row.getString(2),
                        EnrollmentStatus.valueOf(row.getString(3))));
    }

    private static EnrollmentRow row(ResultSet row) throws SQLException {
        return new EnrollmentRow(row.getString("id"), row.getString("contact_id"), row.getString("account_id"),
                row.getString("email"), EnrollmentStatus.valueOf(row.getString("status")), Sql.date(row, "day_one"),
                Sql.integer(row, "current_step_position"), Sql.instant(row, "next_step_at"),
                Sql.instant(row, "enrolled_at"));
    }

    /** Ids are UUID strings; the empty string sorts before all of them. */
    private static String after(String afterId) {
        return afterId == null ? "" : afterId;
    }

    /** {@code FETCH FIRST} is the standard spelling both H2 and PostgreSQL accept. */
    private static String limit(int limit) {
        return "FETCH FIRST " + limit + " ROWS ONLY";
    }
}
