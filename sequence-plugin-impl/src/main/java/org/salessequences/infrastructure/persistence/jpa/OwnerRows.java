package org.salessequences.infrastructure.persistence.jpa;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.salessequences.log.LogId;

/**
 * Creates an owner's counter row on first use, in a transaction of its own: when two first creations race,
 * the loser's duplicate-key failure must not abort the caller's transaction (PostgreSQL aborts a transaction
 * on any failed statement).
 */
@ApplicationScoped
public class OwnerRows {

    private static final Logger LOG = Logger.getLogger(OwnerRows.class.getName());

    @PersistenceContext(unitName = "sequences")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(String ownerId) {
        Number existing = (Number) em.createNativeQuery("SELECT COUNT(*) FROM seq_owner WHERE owner_id = ?")
                .setParameter(1, ownerId).getSingleResult();
        if (existing.longValue() > 0) {
            return;
        }
        try {
            em.createNativeQuery("INSERT INTO seq_owner (owner_id, sequence_count) VALUES (?, 0)")
                    .setParameter(1, ownerId).executeUpdate();
        } catch (PersistenceException e) {
            LOG.fine(() -> LogId.OWNER_ROW_RACE + " another request created the owner row of " + ownerId + " first");
        }
    }
}
