package org.salessequences.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.reminder.ReminderCount;
import org.salessequences.domain.model.reminder.ReminderCursor;
import org.salessequences.domain.model.reminder.ReminderFilter;
import org.salessequences.domain.model.reminder.ReminderRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaReminderRepository implements ReminderRepository {

    static final int PROBE_LIMIT = 5000;
    static final int COUNT_LIMIT = 10_000;
    static final int COMMON_WORDS_COUNT_LIMIT = 1_000;
    /** The reminder has a word beginning with the parameter: the reminders read from the word index. */
    private static final String HAS_WORD_FROM_INDEX =
            "id IN (SELECT w.reminder_id FROM seq_reminder_word w WHERE w.word LIKE ? ESCAPE '\\')";
    /** The reminder has a word beginning with the parameter: checked for this row through the primary key. */
    private static final String HAS_WORD = "EXISTS (SELECT 1 FROM seq_reminder_word w "
            + "WHERE w.reminder_id = seq_reminder.id AND w.word LIKE ? ESCAPE '\\')";

    @PersistenceContext(unitName = "sequences")
    EntityManager em;
    /** Index entries from which a word counts as common; lowered by tests, which cannot add thousands of rows. */
    int probeLimit = PROBE_LIMIT;
    /** Where counting stops; lowered by tests likewise. */
    int countLimit = COUNT_LIMIT;
    /** Where counting the matches of common words stops, each a check of the word table; lowered by tests. */
    int commonWordsCountLimit = COMMON_WORDS_COUNT_LIMIT;

    @Override
    public void add(Reminder reminder) {
        em.persist(reminder);
    }

    @Override
    public Optional<Reminder> find(String id) {
        return Optional.ofNullable(em.find(Reminder.class, id));
    }

    @Override
    public List<Reminder> search(ReminderFilter filter, ReminderCursor after, int offset, int limit) {
        TextSearch text = textSearch(filter);
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, text, parameters);
        if (after != null) {
            // due_at >= ? first: a range of the index the order is read from; the rest skips the ties before the id.
            where += (where.isEmpty() ? " WHERE " : " AND ") + "due_at >= ? AND (due_at > ? OR id > ?)";
            parameters.addAll(List.of(after.dueAt().toEpochMilli(), after.dueAt().toEpochMilli(), after.id()));
        }
        String sql = "SELECT * FROM seq_reminder" + where + orderBy(filter, text)
                + (after == null ? " OFFSET " + offset + " ROWS" : "") + " FETCH FIRST " + limit + " ROWS ONLY";
        @SuppressWarnings("unchecked")
        List<Reminder> page = bind(em.createNativeQuery(sql, Reminder.class), parameters).getResultList();
        return page;
    }

    /**
     * How many match, counted up to {@value #COUNT_LIMIT} (a rep's dashboard needs "10000+", not the exact figure
     * beyond): the matching rows are read only until one more than that, so the count costs at most that many index
     * entries or rows, where a COUNT(*) read all of a rep's 100,000 (160 to 630 ms on a first call, on H2, in the
     * reminders-query benchmark). When every word of a search is common, each reminder read is also checked for the
     * words (about 35 &micro;s each on H2), so that count stops at {@value #COMMON_WORDS_COUNT_LIMIT}.
     */
    @Override
    public ReminderCount count(ReminderFilter filter) {
        TextSearch text = textSearch(filter);
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, text, parameters);
        int limit = text.lookup() == WordLookup.EVERY_WORD_COMMON ? commonWordsCountLimit : countLimit;
        int found = bind(em.createNativeQuery("SELECT 1 FROM seq_reminder" + where + " FETCH FIRST " + (limit + 1)
                + " ROWS ONLY"), parameters).getResultList().size();
        return found > limit ? ReminderCount.atLeast(limit) : ReminderCount.exactly(found);
    }

    /**
     * By due time, then id, spelled so that H2 reads the page from an index of V072 in due order and stops once it
     * is full, instead of sorting every match (252 ms against 0.4 ms for the first page of a rep's 100,000, in a
     * trial): the columns the filter fixes are named in front, the same order, in the form H2 recognises as the
     * index's. A filter without an index of its own (a sequence, a type alone, common words) is checked on the
     * rep's reminders as they are read in due order. When a contact or a rare word narrows the reminders to a few,
     * the plain order leaves the planner free to start from that narrower index and sort the few it finds.
     */
    private static String orderBy(ReminderFilter filter, TextSearch text) {
        if (filter.ownerId() == null || filter.contactId() != null
                || text.lookup() == WordLookup.RAREST_WORD_FROM_INDEX) {
            return " ORDER BY due_at, id";
        }
        if (filter.type() != null && filter.status() != null) {
            return " ORDER BY owner_id, type, status, due_at, id";
        }
        if (filter.status() != null) {
            return " ORDER BY owner_id, status, due_at, id";
        }
        return " ORDER BY owner_id, due_at, id";
    }

    /**
     * Native SQL, because due times are compared as the epoch milliseconds they are stored as (EclipseLink does not
     * convert instant parameters on every database). Every filter is a bound parameter.
     *
     * <p>The text search: every word of the filter must begin a word of the reminder, looked up in
     * {@code seq_reminder_word} (the words of subject, title and note) with {@code word LIKE 'w%'}, a range of an
     * index. How H2 (2.2) runs it depends on the spelling, so the spelling follows the words' rarity (see
     * {@link #textSearch}):
     * <ul>
     *   <li>When the rarest word begins fewer than {@value #PROBE_LIMIT} index entries, it drives: an uncorrelated
     *       {@code id IN (...)} that H2 reads from the (word, reminder_id) index and joins through the primary key,
     *       so at most that many reminders are read (about 35 &micro;s each); each other word is an {@code EXISTS}
     *       checked through the primary key (reminder_id, word) for those only.</li>
     *   <li>Otherwise, and always for one contact's reminders (a handful), every word is an {@code EXISTS} checked
     *       for the reminders the other filters leave (about 10 &micro;s each): driving from a common word would
     *       read every reminder it begins a word of, even when a contact's few are asked for (1.2 s against 1 ms
     *       for a word in all of 100,000 reminders, in a trial). Common words match most reminders, so a page
     *       read in due order fills after a few checks ({@link #orderBy}) and the count stops at a bound
     *       ({@link #count}).</li>
     * </ul>
     * H2 does not turn EXISTS into a semi-join, so EXISTS alone would probe the word table for every reminder the
     * other filters leave even for a rare word (1.6 s for a rep's 100,000 reminders). PostgreSQL plans both
     * spellings as semi-joins and chooses by its own statistics.
     */
    private static String where(ReminderFilter filter, TextSearch text, List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        add(clauses, parameters, "owner_id = ?", filter.ownerId());
        add(clauses, parameters, "type = ?", filter.type() == null ? null : filter.type().name());
        add(clauses, parameters, "status = ?", filter.status() == null ? null : filter.status().name());
        add(clauses, parameters, "sequence_id = ?", filter.sequenceId());
        add(clauses, parameters, "contact_id = ?", filter.contactId());
        add(clauses, parameters, "due_at >= ?", filter.dueFrom() == null ? null : filter.dueFrom().toEpochMilli());
        add(clauses, parameters, "due_at < ?", filter.dueTo() == null ? null : filter.dueTo().toEpochMilli());
        for (int i = 0; i < text.words().size(); i++) {
            boolean fromIndex = i == 0 && text.lookup() == WordLookup.RAREST_WORD_FROM_INDEX;
            add(clauses, parameters, fromIndex ? HAS_WORD_FROM_INDEX : HAS_WORD, prefixPattern(text.words().get(i)));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** How the words of the filter are looked up, and in which order (see {@link #where}). */
    private TextSearch textSearch(ReminderFilter filter) {
        if (filter.words().isEmpty() || filter.contactId() != null) {
            return new TextSearch(filter.words(), WordLookup.PER_REMINDER);
        }
        Map<String, Integer> entries = entries(filter.words());
        List<String> rarestFirst = filter.words().stream().sorted(Comparator.<String, Integer>comparing(entries::get)
                .thenComparing(String::length, Comparator.reverseOrder())).toList();
        return new TextSearch(rarestFirst, entries.get(rarestFirst.get(0)) < probeLimit
                ? WordLookup.RAREST_WORD_FROM_INDEX : WordLookup.EVERY_WORD_COMMON);
    }

    /**
     * For each word, how many index entries begin with it, counted up to the probe limit: a short range scan of the
     * word index each, enough to tell a name from a word every reminder of a step has ("follow").
     */
    private Map<String, Integer> entries(List<String> words) {
        Map<String, Integer> entries = new HashMap<>();
        for (String word : words) {
            // Rows rather than a COUNT over a derived table: H2 reads a derived table with a parameter without
            // the index.
            entries.put(word, em.createNativeQuery("SELECT 1 FROM seq_reminder_word WHERE word LIKE ? ESCAPE '\\' "
                    + "FETCH FIRST " + probeLimit + " ROWS ONLY").setParameter(1, prefixPattern(word))
                    .getResultList().size());
        }
        return entries;
    }

    /** {@code word%}, LIKE's own characters escaped (SearchWords keeps none, but the pattern need not rely on it). */
    private static String prefixPattern(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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

    /** The words of a search in the order their clauses are written, and how the first is looked up. */
    private record TextSearch(List<String> words, WordLookup lookup) {
    }

    private enum WordLookup {
        /** Each reminder the other filters leave is checked for each word: one contact's few, or no words. */
        PER_REMINDER,
        /** The rarest word's index entries give the reminders; the other words are checked for those. */
        RAREST_WORD_FROM_INDEX,
        /** Every word begins words of many reminders: checked per reminder, in due order, and counted up to a bound. */
        EVERY_WORD_COMMON
    }

    @Override
    public Optional<Reminder> findByExecution(String executionId) {
        return em.createQuery("SELECT r FROM Reminder r WHERE r.executionId = :execution", Reminder.class)
                .setParameter("execution", executionId).getResultStream().findFirst();
    }
}
