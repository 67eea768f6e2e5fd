package org.salessequences.infrastructure.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.enrollment.Enrollment;
import org.salessequences.domain.model.enrollment.EnrollmentRepository;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.infrastructure.persistence.ExclusiveAdmissionLock;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaEnrollmentRepository implements EnrollmentRepository {

    @PersistenceContext(unitName = "sequences")
    EntityManager em;

    @Override
    public void add(Enrollment enrollment) {
        em.persist(enrollment);
    }

    @Override
    public Optional<Enrollment> find(String id) {
        return Optional.ofNullable(em.find(Enrollment.class, id));
    }

    @Override
    public List<Enrollment> list(String sequenceId, EnrollmentStatus status, int offset, int limit) {
        TypedQuery<Enrollment> query = em.createQuery("SELECT e FROM Enrollment e WHERE e.sequenceId = :sequence"
                + (status == null ? "" : " AND e.status = :status") + " ORDER BY e.enrolledAt, e.id", Enrollment.class)
                .setParameter("sequence", sequenceId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String sequenceId, EnrollmentStatus status) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.sequenceId = :sequence"
                + (status == null ? "" : " AND e.status = :status"), Long.class).setParameter("sequence", sequenceId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    @Override
    public List<Enrollment> listForContact(String contactId, String ownerId, int offset, int limit) {
        TypedQuery<Enrollment> query = em.createQuery("SELECT e FROM Enrollment e, Sequence s "
                + "WHERE e.contactId = :contact AND s.id = e.sequenceId AND s.deletedAt IS NULL"
                + (ownerId == null ? "" : " AND s.ownerId = :owner")
                + " ORDER BY e.enrolledAt DESC, e.id", Enrollment.class).setParameter("contact", contactId);
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countForContact(String contactId, String ownerId) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM Enrollment e, Sequence s "
                + "WHERE e.contactId = :contact AND s.id = e.sequenceId AND s.deletedAt IS NULL"
                + (ownerId == null ? "" : " AND s.ownerId = :owner"), Long.class).setParameter("contact", contactId);
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.getSingleResult();
    }

    @Override
    public boolean isEnrolled(String sequenceId, String contactId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.sequenceId = :sequence AND e.contactId = :contact",
                        Long.class)
                .setParameter("sequence", sequenceId).setParameter("contact", contactId).getSingleResult() > 0;
    }

    @Override
    public boolean hasEmail(String sequenceId, String email) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.sequenceId = :sequence AND e.email = :email",
                        Long.class)
                .setParameter("sequence", sequenceId).setParameter("email", email).getSingleResult() > 0;
    }

    @Override
    public boolean isInOtherExclusiveSequence(String contactId, String sequenceId) {
        lockExclusiveAdmission();
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e, Sequence s WHERE e.contactId = :contact "
                        + "AND e.sequenceId <> :sequence AND s.id = e.sequenceId AND s.exclusive = TRUE "
                        + "AND s.deletedAt IS NULL AND e.status IN :live", Long.class)
                .setParameter("contact", contactId).setParameter("sequence", sequenceId)
                .setParameter("live", List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.PAUSED))
                .getSingleResult() > 0;
    }

    /**
     * On the transaction's own connection: a plain native query may be read on another connection until the unit of
     * work has written something, and its lock would end with that statement.
     */
    private void lockExclusiveAdmission() {
        try (PreparedStatement lock = em.unwrap(Connection.class).prepareStatement(ExclusiveAdmissionLock.SQL);
             ResultSet row = lock.executeQuery()) {
            row.next();
        } catch (SQLException e) {
            throw new PersistenceException("the exclusive admission lock was not taken", e);
        }
    }

    @Override
    public List<OutcomeCount> outcomes(String sequenceId) {
        return em.createQuery("SELECT e.status, e.exitReason, COUNT(e) FROM Enrollment e WHERE e.sequenceId = :sequence "
                        + "GROUP BY e.status, e.exitReason", Object[].class)
                .setParameter("sequence", sequenceId).getResultStream()
                .map(row -> new OutcomeCount((EnrollmentStatus) row[0], (ExitReason) row[1], (Long) row[2])).toList();
    }

    @Override
    public int exitAll(String sequenceId, ExitReason reason, Instant at) {
        // Native, with epoch milliseconds: the instant converter is not applied to bulk update parameters.
        return em.createNativeQuery("UPDATE seq_enrollment SET status = 'EXITED', exit_reason = ?, ended_at = ?, "
                        + "next_step_at = NULL, updated_at = ?, host_synced = FALSE WHERE sequence_id = ? "
                        + "AND status IN ('ACTIVE', 'PAUSED')")
                .setParameter(1, reason.name()).setParameter(2, at.toEpochMilli()).setParameter(3, at.toEpochMilli())
                .setParameter(4, sequenceId).executeUpdate();
    }
}
