package org.salessequences.infrastructure.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.run.RunRepository;
import org.salessequences.domain.model.run.RunStatus;
import org.salessequences.domain.model.run.SequenceRun;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRunRepository implements RunRepository {

    @PersistenceContext(unitName = "sequences")
    EntityManager em;

    @Override
    public void add(SequenceRun run) {
        em.persist(run);
    }

    @Override
    public Optional<SequenceRun> find(String id) {
        return Optional.ofNullable(em.find(SequenceRun.class, id));
    }

    @Override
    public List<SequenceRun> list(String sequenceId, int offset, int limit) {
        return em.createQuery("SELECT r FROM SequenceRun r WHERE r.sequenceId = :sequence ORDER BY r.createdAt DESC, r.id",
                        SequenceRun.class)
                .setParameter("sequence", sequenceId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String sequenceId) {
        return em.createQuery("SELECT COUNT(r) FROM SequenceRun r WHERE r.sequenceId = :sequence", Long.class)
                .setParameter("sequence", sequenceId).getSingleResult();
    }

    @Override
    public void addTotals(String runId, long enrolled, long exited, long executed, long skipped, long deferred,
                          Instant heartbeat) {
        em.createNativeQuery("UPDATE seq_run SET enrolled = enrolled + ?, exited = exited + ?, executed = executed + ?, "
                        + "skipped = skipped + ?, deferred = deferred + ?, heartbeat_at = ? WHERE id = ?")
                .setParameter(1, enrolled).setParameter(2, exited).setParameter(3, executed).setParameter(4, skipped)
                .setParameter(5, deferred).setParameter(6, heartbeat.toEpochMilli()).setParameter(7, runId)
                .executeUpdate();
    }

    @Override
    public void addHostCallDeferrals(String runId, long deferred) {
        em.createNativeQuery("UPDATE seq_run SET host_calls_deferred = host_calls_deferred + ? WHERE id = ?")
                .setParameter(1, deferred).setParameter(2, runId).executeUpdate();
    }

    @Override
    public void setExecutionTotals(String runId, long executed, long skipped, long deferred, long failed) {
        em.createNativeQuery("UPDATE seq_run SET executed = ?, skipped = ?, deferred = ? + host_calls_deferred, "
                        + "failed = ? WHERE id = ?")
                .setParameter(1, executed).setParameter(2, skipped).setParameter(3, deferred).setParameter(4, failed)
                .setParameter(5, runId).executeUpdate();
    }

    @Override
    public int touchQueued(String nodeId, Instant heartbeat) {
        return em.createNativeQuery("UPDATE seq_run SET heartbeat_at = ? WHERE node_id = ? AND status = 'STARTING'")
                .setParameter(1, heartbeat.toEpochMilli()).setParameter(2, nodeId).executeUpdate();
    }

    @Override
    public List<SequenceRun> underWay() {
        return em.createQuery("SELECT r FROM SequenceRun r WHERE r.status IN :statuses", SequenceRun.class)
                .setParameter("statuses", List.of(RunStatus.STARTING, RunStatus.STARTED)).getResultList();
    }

    @Override
    public boolean takeOver(String runId, String fromNode, String toNode, Instant heartbeat) {
        return em.createNativeQuery("UPDATE seq_run SET status = 'STARTING', node_id = ?, heartbeat_at = ? "
                        + "WHERE id = ? AND COALESCE(node_id, '') = ? AND status IN ('STARTING', 'STARTED')")
                .setParameter(1, toNode).setParameter(2, heartbeat.toEpochMilli()).setParameter(3, runId)
                .setParameter(4, fromNode == null ? "" : fromNode).executeUpdate() == 1;
    }
}
