package org.salessequences.infrastructure.persistence.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.SequenceVersion;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSequenceRepository implements SequenceRepository {

    @PersistenceContext(unitName = "sequences")
    EntityManager em;
    @Inject
    OwnerRows ownerRows;

    @Override
    public void add(Sequence sequence) {
        em.persist(sequence);
    }

    @Override
    public Optional<Sequence> find(String id) {
        Sequence sequence = em.find(Sequence.class, id);
        return sequence == null || sequence.isDeleted() ? Optional.empty() : Optional.of(sequence);
    }

    @Override
    public List<Sequence> list(String ownerId, SequenceStatus status, int offset, int limit) {
        TypedQuery<Sequence> query = em.createQuery("SELECT s FROM Sequence s WHERE s.deletedAt IS NULL"
                + filters(ownerId, status) + " ORDER BY s.createdAt DESC, s.id", Sequence.class);
        bind(query, ownerId, status);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String ownerId, SequenceStatus status) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM Sequence s WHERE s.deletedAt IS NULL"
                + filters(ownerId, status), Long.class);
        bind(query, ownerId, status);
        return query.getSingleResult();
    }

    private static String filters(String ownerId, SequenceStatus status) {
        return (ownerId == null ? "" : " AND s.ownerId = :owner") + (status == null ? "" : " AND s.status = :status");
    }

    private static void bind(TypedQuery<?> query, String ownerId, SequenceStatus status) {
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }

    @Override
    public boolean reserveSlot(String ownerId, int limit) {
        ownerRows.ensure(ownerId);
        // A conditional increment: concurrent creations are serialised on the owner's row, so no two of them
        // can both take the last slot.
        return em.createNativeQuery(
                        "UPDATE seq_owner SET sequence_count = sequence_count + 1 WHERE owner_id = ? AND sequence_count < ?")
                .setParameter(1, ownerId).setParameter(2, limit).executeUpdate() == 1;
    }

    @Override
    public void releaseSlot(String ownerId) {
        em.createNativeQuery("UPDATE seq_owner SET sequence_count = sequence_count - 1 "
                + "WHERE owner_id = ? AND sequence_count > 0").setParameter(1, ownerId).executeUpdate();
    }

    @Override
    public List<SequenceStep> steps(String sequenceId) {
        return em.createQuery("SELECT s FROM SequenceStep s WHERE s.sequenceId = :sequence AND s.removedAt IS NULL "
                        + "ORDER BY s.position", SequenceStep.class)
                .setParameter("sequence", sequenceId).getResultList();
    }

    @Override
    public List<SequenceStep> allSteps(String sequenceId) {
        return em.createQuery("SELECT s FROM SequenceStep s WHERE s.sequenceId = :sequence ORDER BY s.position",
                        SequenceStep.class)
                .setParameter("sequence", sequenceId).getResultList();
    }

    @Override
    public void addStep(SequenceStep step) {
        em.persist(step);
    }

    @Override
    public void addVersion(SequenceVersion version) {
        em.persist(version);
    }

    @Override
    public List<SequenceVersion> versions(String sequenceId, int offset, int limit) {
        return em.createQuery("SELECT v FROM SequenceVersion v WHERE v.sequenceId = :sequence ORDER BY v.version DESC",
                        SequenceVersion.class)
                .setParameter("sequence", sequenceId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countVersions(String sequenceId) {
        return em.createQuery("SELECT COUNT(v) FROM SequenceVersion v WHERE v.sequenceId = :sequence", Long.class)
                .setParameter("sequence", sequenceId).getSingleResult();
    }

    @Override
    public boolean claimRun(String sequenceId, String runId) {
        // A conditional update, not a read-then-write: two cluster members racing for the same sequence
        // cannot both see it free.
        return em.createNativeQuery("UPDATE seq_sequence SET current_run_id = ? WHERE id = ? AND current_run_id IS NULL")
                .setParameter(1, runId).setParameter(2, sequenceId).executeUpdate() == 1;
    }

    @Override
    public boolean claimScheduledRun(String sequenceId, String runId, Instant dueAt, Instant nextRunAt,
                                     LocalDate runDate) {
        return em.createNativeQuery("UPDATE seq_sequence SET current_run_id = ?, next_run_at = ?, last_run_date = ? "
                        + "WHERE id = ? AND current_run_id IS NULL AND next_run_at = ? AND status = 'ACTIVE' "
                        + "AND deleted_at IS NULL")
                .setParameter(1, runId).setParameter(2, nextRunAt.toEpochMilli())
                .setParameter(3, (int) runDate.toEpochDay()).setParameter(4, sequenceId)
                .setParameter(5, dueAt.toEpochMilli()).executeUpdate() == 1;
    }

    /**
     * Two range reads, of (status, next_run_at) and V130's (status, next_due_at); a sequence due both ways runs its own
     * scheduled run, which also executes what its contacts have due.
     */
    @Override
    public List<DueRun> due(Instant now, int limit) {
        List<DueRun> due = new ArrayList<>(dueBy("next_run_at", now, limit, false));
        Set<String> own = new HashSet<>();
        due.forEach(run -> own.add(run.sequenceId()));
        dueBy("next_due_at", now, limit, true).stream().filter(run -> !own.contains(run.sequenceId()))
                .limit(Math.max(0, limit - due.size())).forEach(due::add);
        return due;
    }

    private List<DueRun> dueBy(String column, Instant now, int limit, boolean contactsOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, " + column + " FROM seq_sequence WHERE status = 'ACTIVE' "
                        + "AND deleted_at IS NULL AND current_run_id IS NULL AND " + column + " <= ? ORDER BY " + column)
                .setParameter(1, now.toEpochMilli()).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new DueRun((String) row[0], Instant.ofEpochMilli(((Number) row[1]).longValue()),
                contactsOnly)).toList();
    }

    @Override
    public boolean claimContactsRun(String sequenceId, String runId, Instant dueAt) {
        return em.createNativeQuery("UPDATE seq_sequence SET current_run_id = ?, next_due_at = NULL "
                        + "WHERE id = ? AND current_run_id IS NULL AND next_due_at = ? AND status = 'ACTIVE' "
                        + "AND deleted_at IS NULL AND recipient_timezone = TRUE")
                .setParameter(1, runId).setParameter(2, sequenceId).setParameter(3, dueAt.toEpochMilli())
                .executeUpdate() == 1;
    }

    @Override
    public void setNextDue(String sequenceId, Instant dueAt) {
        // NULL is written as a literal: a null parameter has no SQL type PostgreSQL could bind it as.
        String where = " WHERE id = ? AND recipient_timezone = TRUE AND status = 'ACTIVE' AND deleted_at IS NULL";
        if (dueAt == null) {
            em.createNativeQuery("UPDATE seq_sequence SET next_due_at = NULL" + where)
                    .setParameter(1, sequenceId).executeUpdate();
        } else {
            em.createNativeQuery("UPDATE seq_sequence SET next_due_at = ?" + where)
                    .setParameter(1, dueAt.toEpochMilli()).setParameter(2, sequenceId).executeUpdate();
        }
    }

    @Override
    public void wakeForContacts(String sequenceId, Instant at) {
        em.createNativeQuery("UPDATE seq_sequence SET next_due_at = ? WHERE id = ? AND recipient_timezone = TRUE "
                        + "AND status = 'ACTIVE' AND deleted_at IS NULL AND (next_due_at IS NULL OR next_due_at > ?)")
                .setParameter(1, at.toEpochMilli()).setParameter(2, sequenceId).setParameter(3, at.toEpochMilli())
                .executeUpdate();
    }

    @Override
    public void replanEnrollments(String sequenceId) {
        em.createNativeQuery("UPDATE seq_enrollment SET next_step_at = NULL, steps_done = FALSE "
                + "WHERE sequence_id = ? AND status = 'ACTIVE'").setParameter(1, sequenceId).executeUpdate();
    }

    @Override
    public void replanEnrollment(String enrollmentId) {
        em.createNativeQuery("UPDATE seq_enrollment SET next_step_at = NULL WHERE id = ? AND status = 'ACTIVE'")
                .setParameter(1, enrollmentId).executeUpdate();
    }

    @Override
    public void releaseRun(String sequenceId, String runId) {
        em.createNativeQuery("UPDATE seq_sequence SET current_run_id = NULL WHERE id = ? AND current_run_id = ?")
                .setParameter(1, sequenceId).setParameter(2, runId).executeUpdate();
    }
}
