package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.execution.Delivery;
import org.salessequences.domain.model.execution.EmailSignal;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.execution.ExecutionRecord;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.execution.ExecutionStatus;
import org.salessequences.domain.model.execution.PastExecution;
import org.salessequences.domain.model.execution.StepMetrics;
import org.salessequences.domain.model.execution.TimelineEntry;
import org.salessequences.domain.model.sequence.StepType;

@ApplicationScoped
public class JdbcExecutionRepository implements ExecutionRepository {

    private static final String REF_COLUMNS = "id, enrollment_id, sequence_id, step_id, step_type, step_position, "
            + "contact_id, owner_id, status, message_id, subject, sent_at";

    /** An email that ran and waits in the outbox for its mailbox's limits (see {@link ExecutionReason#waitsForMailbox}). */
    private static final String WAITS_FOR_MAILBOX = "(status = 'DEFERRED' AND reason IN ('MAILBOX_HOURLY_LIMIT', "
            + "'MAILBOX_SPACING'))";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcExecutionRepository on(DataSource dataSource) {
        JdbcExecutionRepository repository = new JdbcExecutionRepository();
        repository.sql = new Sql(dataSource);
        return repository;
    }

    @Override
    public Map<String, Map<String, PastExecution>> history(Collection<String> enrollmentIds) {
        Map<String, Map<String, PastExecution>> history = new HashMap<>();
        sql.queryIn("SELECT id, enrollment_id, step_id, step_type, status, sent_at, opened_at, clicked_at, replied_at, "
                + "bounced_at, reason FROM seq_step_execution WHERE enrollment_id IN (:in)", enrollmentIds, row -> {
                    PastExecution past = new PastExecution(row.getString("id"), row.getString("step_id"),
                            StepType.valueOf(row.getString("step_type")), ExecutionStatus.valueOf(row.getString("status")),
                            Sql.instant(row, "sent_at") != null, Sql.instant(row, "opened_at") != null,
                            Sql.instant(row, "clicked_at") != null, Sql.instant(row, "replied_at") != null,
                            Sql.instant(row, "bounced_at") != null,
                            Sql.constant(row, "reason", ExecutionReason::valueOf));
                    history.computeIfAbsent(row.getString("enrollment_id"), id -> new HashMap<>())
                            .put(past.stepId(), past);
                    return past;
                });
        return history;
    }

    @Override
    public void insert(List<ExecutionRecord> executions) {
        sql.batch("INSERT INTO seq_step_execution (id, enrollment_id, sequence_id, step_id, step_type, step_position, "
                        + "contact_id, owner_id, status, reason, run_id, attempts, created_at, status_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                executions.stream().map(e -> new Object[]{e.id(), e.enrollmentId(), e.sequenceId(), e.stepId(),
                        e.stepType(), e.stepPosition(), e.contactId(), e.ownerId(), e.status(), e.reason(), e.runId(),
                        e.at(), e.at()}).toList());
    }

    @Override
    public void updateDeferred(List<ExecutionRecord> executions) {
        sql.batch("UPDATE seq_step_execution SET status = ?, reason = ?, run_id = ?, status_at = ?, attempts = attempts + 1, "
                        + "step_position = ? WHERE enrollment_id = ? AND step_id = ? AND status = 'DEFERRED'",
                executions.stream().map(e -> new Object[]{e.status(), e.reason(), e.runId(), e.at(), e.stepPosition(),
                        e.enrollmentId(), e.stepId()}).toList());
    }

    /**
     * Two counts, each a range of its own index ((owner, type, status_at) and, from V093, (owner, type, sent_at)):
     * spelled as one query with OR, the databases read every execution of the owner instead, a cost that grew
     * with each chunk of a large run.
     */
    @Override
    public long countEmails(String ownerId, Instant from, Instant to) {
        return sql.count("SELECT COUNT(*) FROM seq_step_execution WHERE owner_id = ? AND step_type = 'EMAIL' "
                + "AND status_at >= ? AND status_at < ? AND (status = 'EXECUTED' OR " + WAITS_FOR_MAILBOX + ")",
                ownerId, from, to)
                + sql.count("SELECT COUNT(*) FROM seq_step_execution WHERE owner_id = ? "
                + "AND step_type = 'EMAIL_REMINDER' AND sent_at >= ? AND sent_at < ?", ownerId, from, to);
    }

    @Override
    public Map<ExecutionStatus, Long> countsForRun(String runId) {
        Map<ExecutionStatus, Long> counts = new EnumMap<>(ExecutionStatus.class);
        sql.query("SELECT status, COUNT(*) FROM seq_step_execution WHERE run_id = ? GROUP BY status",
                row -> counts.put(ExecutionStatus.valueOf(row.getString(1)), row.getLong(2)), runId);
        return counts;
    }

    @Override
    public Optional<ExecutionRef> find(String executionId) {
        return first(sql.query("SELECT " + REF_COLUMNS + " FROM seq_step_execution WHERE id = ?",
                JdbcExecutionRepository::ref, executionId));
    }

    @Override
    public List<ExecutionRef> findAll(Collection<String> executionIds) {
        return sql.queryIn("SELECT " + REF_COLUMNS + " FROM seq_step_execution WHERE id IN (:in)", executionIds,
                JdbcExecutionRepository::ref);
    }

    @Override
    public Optional<ExecutionRef> findByMessageId(String messageId) {
        return first(sql.query("SELECT " + REF_COLUMNS + " FROM seq_step_execution WHERE message_id = ?",
                JdbcExecutionRepository::ref, messageId));
    }

    @Override
    public Optional<ExecutionRef> lastEmailTo(String ownerId, String email, Instant since) {
        return first(sql.query("SELECT " + REF_COLUMNS.replaceAll("(^|, )", "$1x.") + " FROM seq_step_execution x "
                        + "JOIN seq_enrollment e ON e.id = x.enrollment_id WHERE e.email = ? AND x.owner_id = ? "
                        + "AND x.sent_at >= ? AND x.message_id IS NOT NULL ORDER BY x.sent_at DESC FETCH FIRST 1 ROWS ONLY",
                JdbcExecutionRepository::ref, email, ownerId, since));
    }

    @Override
    public Optional<ExecutionRef> previousEmail(String enrollmentId, int beforePosition) {
        return first(sql.query("SELECT " + REF_COLUMNS + " FROM seq_step_execution WHERE enrollment_id = ? "
                        + "AND step_position < ? AND message_id IS NOT NULL ORDER BY step_position DESC FETCH FIRST 1 ROWS ONLY",
                JdbcExecutionRepository::ref, enrollmentId, beforePosition));
    }

    @Override
    public void markSent(String executionId, String messageId, String subject, Instant at) {
        sql.update("UPDATE seq_step_execution SET message_id = ?, subject = ?, sent_at = ?, "
                + "status = CASE WHEN " + WAITS_FOR_MAILBOX + " THEN 'EXECUTED' ELSE status END, "
                + "reason = CASE WHEN " + WAITS_FOR_MAILBOX + " THEN NULL ELSE reason END WHERE id = ?",
                messageId, subject, at, executionId);
    }

    @Override
    public boolean deferAfterSoftBounce(String executionId, Instant at) {
        return sql.update("UPDATE seq_step_execution SET status = 'DEFERRED', reason = ?, sent_at = NULL, status_at = ? "
                + "WHERE id = ? AND status = 'EXECUTED' AND sent_at IS NOT NULL AND bounced_at IS NULL",
                ExecutionReason.SOFT_BOUNCE, at, executionId) == 1;
    }

    @Override
    public void markWaitingForMailbox(String executionId, ExecutionReason reason) {
        // An email asks its mailbox for its turn several times while it waits, mostly for the same reason: the row is
        // written only when the reason changes (on H2 each write is a commit that reaches the file).
        sql.update("UPDATE seq_step_execution SET status = 'DEFERRED', reason = ? WHERE id = ? AND sent_at IS NULL "
                + "AND (status = 'EXECUTED' OR (" + WAITS_FOR_MAILBOX + " AND reason <> ?))", reason, executionId,
                reason);
    }

    @Override
    public void markSkipped(String executionId, ExecutionReason reason, Instant at) {
        sql.update("UPDATE seq_step_execution SET status = 'SKIPPED', reason = ?, status_at = ? WHERE id = ?",
                reason, at, executionId);
    }

    @Override
    public void markFailed(String executionId, ExecutionReason reason, String detail, Instant at) {
        sql.update("UPDATE seq_step_execution SET status = 'FAILED', reason = ?, detail = ?, status_at = ? WHERE id = ?",
                reason, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)), at, executionId);
    }

    @Override
    public boolean signal(String executionId, EmailSignal signal, Instant at) {
        return sql.update("UPDATE seq_step_execution SET " + signal.column() + " = ? WHERE id = ? AND "
                + signal.column() + " IS NULL", at, executionId) == 1;
    }

    @Override
    public List<TimelineEntry> timeline(String contactId, String ownerId, int offset, int limit) {
        return sql.query("SELECT x.id, x.sequence_id, s.name, x.step_id, x.step_position, x.step_type, x.status, x.reason, "
                        + "x.detail, x.status_at, x.sent_at, o.status AS outbox_status, o.attempts, o.last_error, "
                        + "o.next_attempt_at FROM seq_step_execution x JOIN seq_sequence s ON s.id = x.sequence_id "
                        // The email's outbox entry (one per email execution) says where the email is.
                        + "LEFT JOIN seq_outbox o ON o.execution_id = x.id AND o.kind = 'EMAIL' "
                        + "WHERE x.contact_id = ? AND s.deleted_at IS NULL" + (ownerId == null ? "" : " AND s.owner_id = ?")
                        + " ORDER BY x.status_at DESC, x.step_position DESC OFFSET " + offset + " ROWS FETCH FIRST " + limit
                        + " ROWS ONLY",
                row -> {
                    StepType type = StepType.valueOf(row.getString(6));
                    return new TimelineEntry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getInt(5), type, ExecutionStatus.valueOf(row.getString(7)),
                            Sql.constant(row, "reason", ExecutionReason::valueOf), row.getString(9),
                            Instant.ofEpochMilli(row.getLong(10)), type == StepType.EMAIL ? Delivery.of(
                                    Sql.instant(row, "sent_at"), row.getString("outbox_status"), row.getInt("attempts"),
                                    row.getString("last_error"), Sql.instant(row, "next_attempt_at")) : null);
                },
                ownerId == null ? new Object[]{contactId} : new Object[]{contactId, ownerId});
    }

    @Override
    public long countTimeline(String contactId, String ownerId) {
        String query = "SELECT COUNT(*) FROM seq_step_execution x JOIN seq_sequence s ON s.id = x.sequence_id "
                + "WHERE x.contact_id = ? AND s.deleted_at IS NULL" + (ownerId == null ? "" : " AND s.owner_id = ?");
        return ownerId == null ? sql.count(query, contactId) : sql.count(query, contactId, ownerId);
    }

    @Override
    public List<StepMetrics> metrics(String sequenceId) {
        return sql.query("SELECT st.id, st.position, st.type, "
                        + "COUNT(CASE WHEN x.status = 'EXECUTED' THEN 1 END) + MAX(COALESCE(c.executed, 0)), "
                        + "COUNT(CASE WHEN x.status = 'SKIPPED' THEN 1 END) + MAX(COALESCE(c.skipped, 0)), "
                        + "COUNT(CASE WHEN x.status = 'DEFERRED' THEN 1 END) + MAX(COALESCE(c.deferred, 0)), "
                        + "COUNT(CASE WHEN x.status = 'FAILED' THEN 1 END) + MAX(COALESCE(c.failed, 0)), "
                        + "COUNT(x.sent_at) + MAX(COALESCE(c.sent, 0)), COUNT(x.opened_at) + MAX(COALESCE(c.opened, 0)), "
                        + "COUNT(x.clicked_at) + MAX(COALESCE(c.clicked, 0)), "
                        + "COUNT(x.replied_at) + MAX(COALESCE(c.replied, 0)), "
                        + "COUNT(x.bounced_at) + MAX(COALESCE(c.bounced, 0)), "
                        + "COUNT(x.unsubscribed_at) + MAX(COALESCE(c.unsubscribed, 0)), "
                        + "COUNT(CASE WHEN o.status = 'PENDING' AND o.last_error IS NULL THEN 1 END), "
                        + "COUNT(CASE WHEN o.status = 'PENDING' AND o.last_error IS NOT NULL THEN 1 END) "
                        // A step's metrics: its live executions and the counter of those compacted by retention.
                        + "FROM seq_step st LEFT JOIN seq_step_execution x ON x.step_id = st.id "
                        + "LEFT JOIN seq_outbox o ON o.execution_id = x.id AND o.kind = 'EMAIL' "
                        + "LEFT JOIN seq_step_counter c ON c.step_id = st.id "
                        + "WHERE st.sequence_id = ? AND (st.removed_at IS NULL OR x.id IS NOT NULL OR c.step_id IS NOT NULL) "
                        + "GROUP BY st.id, st.position, st.type, st.removed_at "
                        + "ORDER BY CASE WHEN st.removed_at IS NULL THEN 0 ELSE 1 END, st.position",
                row -> new StepMetrics(row.getString(1), row.getInt(2), StepType.valueOf(row.getString(3)),
                        row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9),
                        row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13), row.getLong(14),
                        row.getLong(15)), sequenceId);
    }

    private static ExecutionRef ref(ResultSet row) throws SQLException {
        return new ExecutionRef(row.getString("id"), row.getString("enrollment_id"), row.getString("sequence_id"),
                row.getString("step_id"), StepType.valueOf(row.getString("step_type")), row.getInt("step_position"),
                row.getString("contact_id"), row.getString("owner_id"), ExecutionStatus.valueOf(row.getString("status")),
                row.getString("message_id"), row.getString("subject"), Sql.instant(row, "sent_at"));
    }

    private static <T> Optional<T> first(List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }
}
