package org.salessequences.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.reminder.ReminderFilter;
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
    public List<Reminder> search(ReminderFilter filter, int offset, int limit) {
        TypedQuery<Reminder> query = em.createQuery("SELECT r FROM Reminder r" + where(filter)
                + " ORDER BY r.dueAt, r.id", Reminder.class);
        bind(query, filter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ReminderFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Reminder r" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(ReminderFilter filter) {
        List<String> clauses = new ArrayList<>();
        if (filter.ownerId() != null) {
            clauses.add("r.ownerId = :owner");
        }
        if (filter.type() != null) {
            clauses.add("r.type = :type");
        }
        if (filter.status() != null) {
            clauses.add("r.status = :status");
        }
        if (filter.sequenceId() != null) {
            clauses.add("r.sequenceId = :sequence");
        }
        if (filter.contactId() != null) {
            clauses.add("r.contactId = :contact");
        }
        if (filter.dueFrom() != null) {
            clauses.add("r.dueAt >= :dueFrom");
        }
        if (filter.dueTo() != null) {
            clauses.add("r.dueAt < :dueTo");
        }
        if (filter.text() != null) {
            clauses.add("(LOWER(r.subject) LIKE :text ESCAPE '\\' OR LOWER(r.title) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(r.note) LIKE :text ESCAPE '\\')");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void bind(TypedQuery<?> query, ReminderFilter filter) {
        if (filter.ownerId() != null) {
            query.setParameter("owner", filter.ownerId());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.sequenceId() != null) {
            query.setParameter("sequence", filter.sequenceId());
        }
        if (filter.contactId() != null) {
            query.setParameter("contact", filter.contactId());
        }
        // The instant converter stores epoch milliseconds; its parameters are bound as what is stored, because
        // EclipseLink does not convert query parameters on every database.
        if (filter.dueFrom() != null) {
            query.setParameter("dueFrom", filter.dueFrom().toEpochMilli());
        }
        if (filter.dueTo() != null) {
            query.setParameter("dueTo", filter.dueTo().toEpochMilli());
        }
        if (filter.text() != null) {
            String escaped = filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("text", "%" + escaped + "%");
        }
    }

    @Override
    public Optional<Reminder> findByExecution(String executionId) {
        return em.createQuery("SELECT r FROM Reminder r WHERE r.executionId = :execution", Reminder.class)
                .setParameter("execution", executionId).getResultStream().findFirst();
    }
}
