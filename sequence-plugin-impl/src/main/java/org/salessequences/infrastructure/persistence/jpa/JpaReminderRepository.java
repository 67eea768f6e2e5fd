package org.salessequences.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
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
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT * FROM seq_reminder" + where(filter, parameters) + " ORDER BY due_at, id OFFSET "
                + offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY";
        @SuppressWarnings("unchecked")
        List<Reminder> page = bind(em.createNativeQuery(sql, Reminder.class), parameters).getResultList();
        return page;
    }

    @Override
    public long count(ReminderFilter filter) {
        List<Object> parameters = new ArrayList<>();
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM seq_reminder" + where(filter, parameters)),
                parameters).getSingleResult()).longValue();
    }

    /**
     * Native SQL, because due times are compared as the epoch milliseconds they are stored as (EclipseLink does not
     * convert instant parameters on every database). Every filter is a bound parameter.
     */
    private static String where(ReminderFilter filter, List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        add(clauses, parameters, "owner_id = ?", filter.ownerId());
        add(clauses, parameters, "type = ?", filter.type() == null ? null : filter.type().name());
        add(clauses, parameters, "status = ?", filter.status() == null ? null : filter.status().name());
        add(clauses, parameters, "sequence_id = ?", filter.sequenceId());
        add(clauses, parameters, "contact_id = ?", filter.contactId());
        add(clauses, parameters, "due_at >= ?", filter.dueFrom() == null ? null : filter.dueFrom().toEpochMilli());
        add(clauses, parameters, "due_at < ?", filter.dueTo() == null ? null : filter.dueTo().toEpochMilli());
        if (filter.text() != null) {
            String pattern = "%" + filter.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            clauses.add("(LOWER(subject) LIKE ? ESCAPE '\\' OR LOWER(title) LIKE ? ESCAPE '\\' "
                    + "OR LOWER(note) LIKE ? ESCAPE '\\')");
            parameters.addAll(List.of(pattern, pattern, pattern));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static void add(List<String> clauses, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.add(value);
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public Optional<Reminder> findByExecution(String executionId) {
        return em.createQuery("SELECT r FROM Reminder r WHERE r.executionId = :execution", Reminder.class)
                .setParameter("execution", executionId).getResultStream().findFirst();
    }
}
