package org.salessequences.infrastructure.persistence.jpa;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.reminder.ReminderRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "sequences")
    EntityManager em;

    @Override
    public void add(Reminder reminder) {
        em.persist(reminder);
    }

    @Override
    public Optional<Reminder> find(String id) {
        return Optional.ofNullable(em.find(Reminder.class, id));
    }

    @Override
    public Optional<Reminder> findByExecution(String executionId) {
        return em.createQuery("SELECT r FROM Reminder r WHERE r.executionId = :execution", Reminder.class)
                .setParameter("execution", executionId).getResultStream().findFirst();
    }
}
