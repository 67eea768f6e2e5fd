package org.salessequences.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaSequenceRepository implements SequenceRepository {

    @PersistenceContext(unitName = "sequences")
    EntityManager em;

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
    public List<Sequence> list(String ownerId, int offset, int limit) {
        TypedQuery<Sequence> query = em.createQuery("SELECT s FROM Sequence s WHERE s.deletedAt IS NULL"
                + (ownerId == null ? "" : " AND s.ownerId = :owner") + " ORDER BY s.createdAt DESC, s.id", Sequence.class);
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String ownerId) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM Sequence s WHERE s.deletedAt IS NULL"
                + (ownerId == null ? "" : " AND s.ownerId = :owner"), Long.class);
        if (ownerId != null) {
            query.setParameter("owner", ownerId);
        }
        return query.getSingleResult();
    }

    @Override
    public boolean claimRun(String sequenceId, String runId) {
        // A conditional update, not a read-then-write: two cluster members racing for the same sequence
        // cannot both see it free.
        return em.createNativeQuery("UPDATE seq_sequence SET current_run_id = ? WHERE id = ? AND current_run_id IS NULL")
                .setParameter(1, runId).setParameter(2, sequenceId).executeUpdate() == 1;
    }

    @Override
    public void releaseRun(String sequenceId, String runId) {
        em.createNativeQuery("UPDATE seq_sequence SET current_run_id = NULL WHERE id = ? AND current_run_id = ?")
                .setParameter(1, sequenceId).setParameter(2, runId).executeUpdate();
    }
}
