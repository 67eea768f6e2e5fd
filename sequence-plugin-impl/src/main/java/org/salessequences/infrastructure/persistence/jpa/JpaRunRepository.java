package org.salessequences.infrastructure.persistence.jpa;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.run.RunRepository;
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
}
