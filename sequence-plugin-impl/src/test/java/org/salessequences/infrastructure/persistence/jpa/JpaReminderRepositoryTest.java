package org.salessequences.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.reminder.ReminderCount;
import org.salessequences.domain.model.reminder.ReminderCursor;
import org.salessequences.domain.model.reminder.ReminderFilter;
import org.salessequences.domain.model.reminder.ReminderStatus;
import org.salessequences.domain.model.reminder.ReminderType;
import org.salessequences.domain.model.reminder.SearchWords;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.persistence.schema.ReminderWordBackfill;

/** The dashboard's queries on a real H2 and PostgreSQL, through EclipseLink as in the server. */
class JpaReminderRepositoryTest extends JpaDatabaseTest {

    private static final Instant DUE = Instant.parse("2027-04-05T09:00:00Z");

    private int probeLimit = JpaReminderRepository.PROBE_LIMIT;
    private int countLimit = JpaReminderRepository.COUNT_LIMIT;
    private int commonWordsCountLimit = JpaReminderRepository.COMMON_WORDS_COUNT_LIMIT;

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsRemindersWhoseWordsBeginWithEveryWordOfTheSearch(String name, Supplier<DataSource> database) {
        open(database);
        add(task("rita", ReminderType.FOLLOW_UP, 1, "Send deck to Anna", "Pricing questions from the CFO"),
                task("rita", ReminderType.CALL_REMINDER, 2, "Call Ben", "About the deck"),
                email("rita", 3, "Quarterly proposal for Anna Berg"),
                task("sam", ReminderType.FOLLOW_UP, 4, "Send deck to Carla", null));

        assertEquals(List.of("Send deck to Anna", "Quarterly proposal for Anna Berg"), found("rita", "ann"),
                "a word of the search is the beginning of a word");
        assertEquals(List.of(), found("rita", "nna"), "not the middle of one");
        assertEquals(List.of("Send deck to Anna", "Call Ben"), found("rita", "dec"), "title and note");
        assertEquals(List.of("Send deck to Anna"), found("rita", "cfo"), "the note's words");
        assertEquals(List.of("Quarterly proposal for Anna Berg"), found("rita", "QUARTERLY"), "case is ignored");
        assertEquals(List.of("Send deck to Anna"), found("rita", "DECK to ANNA"));
        assertEquals(List.of("Call Ben"), found("rita", "deck ben"), "every word must match");
        assertEquals(List.of(), found("rita", "deck quarterly"));
        assertEquals(List.of("Send deck to Anna", "Quarterly proposal for Anna Berg"), found("rita", "anna,  ANNA!"));
        assertEquals(List.of("Send deck to Carla"), found("sam", "deck"), "only the owner's");
        assertEquals(List.of("Send deck to Anna", "Call Ben", "Send deck to Carla"), found(null, "deck"),
                "everyone's for an admin");
        assertEquals(List.of("Call Ben"), found(new ReminderFilter("rita", ReminderType.CALL_REMINDER, null, null,
                null, null, null, SearchWords.of("deck"))), "with the other filters");
        assertEquals(List.of("Send deck to Anna", "Call Ben"), found(new ReminderFilter("rita", null, null, null,
                "contact", null, null, SearchWords.of("deck"))), "for one contact");
        assertEquals(List.of("Quarterly proposal for Anna Berg"), page(filter("rita", "anna"), 1, 1), "paged");
        assertEquals(4, found(null, "").size(), "no words: no text filter");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesAfterACursorGoOnInDueOrderThroughRemindersDueAtTheSameTime(String name,
                                                                        Supplier<DataSource> database) {
        open(database);
        for (int i = 0; i < 7; i++) {
            add(task("rita", ReminderType.FOLLOW_UP, i / 2, "Task " + i, null));
        }
        ReminderFilter rita = new ReminderFilter("rita", ReminderType.FOLLOW_UP, ReminderStatus.OPEN, null, null, null,
                null, List.of());
        List<String> byOffset = page(rita, 0, 10);

        List<String> byCursor = new java.util.ArrayList<>();
        ReminderCursor after = null;
        List<Reminder> page;
        do {
            ReminderCursor from = after;
            page = withRepository(reminders -> reminders.search(rita, from, 0, 3));
            page.forEach(reminder -> byCursor.add(reminder.title()));
            after = page.isEmpty() ? null : ReminderCursor.after(page.get(page.size() - 1));
        } while (page.size() == 3);

        assertEquals(7, byCursor.size());
        assertEquals(byOffset, byCursor, "two due at each hour: the ties are paged by id");
        assertEquals(after, ReminderCursor.decode(after.encode()).orElseThrow());
        assertEquals(java.util.Optional.empty(), ReminderCursor.decode("not-a-cursor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTypeAndStatusListStaysInDueOrder(String name, Supplier<DataSource> database) {
        open(database);
        add(task("rita", ReminderType.FOLLOW_UP, 3, "Third", null),
                task("rita", ReminderType.FOLLOW_UP, 1, "First", null),
                task("rita", ReminderType.CALL_REMINDER, 0, "A call", null),
                task("rita", ReminderType.FOLLOW_UP, 2, "Second", null),
                task("sam", ReminderType.FOLLOW_UP, 0, "Sam's", null));
        ReminderFilter openFollowUps = new ReminderFilter("rita", ReminderType.FOLLOW_UP, ReminderStatus.OPEN, null,
                null, null, null, List.of());

        assertEquals(List.of("First", "Second", "Third"), found(openFollowUps));
        assertEquals(List.of("Second", "Third"), page(openFollowUps, 1, 5));
        assertEquals(List.of("Second"), found(new ReminderFilter("rita", ReminderType.FOLLOW_UP, ReminderStatus.OPEN,
                null, null, DUE.plusSeconds(7200), DUE.plusSeconds(10_800), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEditedEmailIsFoundByItsNewWordsAndNotByTheOldOnes(String name, Supplier<DataSource> database) {
        open(database);
        Reminder reminder = email("rita", 1, "Quarterly proposal for Anna");
        add(reminder);

        withRepository(reminders -> {
            reminders.find(reminder.id()).orElseThrow().edit("Renewal offer for Anna", "<p>New body</p>");
            return null;
        });

        assertEquals(List.of("Renewal offer for Anna"), found("rita", "renew"));
        assertEquals(List.of("Renewal offer for Anna"), found("rita", "offer anna"));
        assertEquals(List.of(), found("rita", "quarterly"), "the old subject's words are gone");
        assertEquals(List.of(), found("rita", "proposal anna"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theBackfillMakesRemindersFromBeforeTheWordsSearchable(String name, Supplier<DataSource> database)
            throws SQLException {
        DataSource dataSource = database.get();
        // Reminders written as before V070: rows without words, more than one chunk of the backfill, and more than
        // the repository counts when it weighs a word (so both ways of searching are taken below).
        int old = JpaReminderRepository.PROBE_LIMIT + 201;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO seq_reminder (id, type, status, "
                     + "owner_id, contact_id, sequence_id, step_id, enrollment_id, execution_id, due_at, subject, "
                     + "title, note, created_at) VALUES (?, 'FOLLOW_UP', 'OPEN', 'rita', 'c', 's', 's', 'e', ?, ?, "
                     + "NULL, ?, ?, ?)")) {
            for (int i = 0; i < old; i++) {
                String id = Ids.newId();
                insert.setString(1, id);
                insert.setString(2, id);
                insert.setLong(3, DUE.toEpochMilli() + i);
                insert.setString(4, i == 7 ? "Legacy task for Zed" : "Legacy task " + i);
                insert.setString(5, i == 7 ? "Bring the contract" : null);
                insert.setLong(6, DUE.toEpochMilli());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        factory = TestPersistence.on(dataSource);
        commonWordsCountLimit = old; // "legacy" is a common word: counted up to a bound, here one that sees them all
        assertEquals(List.of(), found("rita", "legacy"), "not searchable before the backfill");

        backfillAgain(dataSource);
        assertEquals(List.of("Legacy task for Zed"), found("rita", "zed contract"));
        assertEquals(ReminderCount.exactly(old), count(filter("rita", "legacy")));

        // Safe to run over words already there: nothing is doubled.
        backfillAgain(dataSource);
        assertEquals(List.of("Legacy task for Zed"), found("rita", "zed task"));
        assertEquals(ReminderCount.exactly(old), count(filter("rita", "task")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void wordsInMostRemindersArePagedInDueOrderAndCountsStopAtABound(String name, Supplier<DataSource> database) {
        open(database);
        add(task("rita", ReminderType.FOLLOW_UP, 3, "Follow up with Anna", null),
                task("rita", ReminderType.FOLLOW_UP, 1, "Follow up with Ben", null),
                task("rita", ReminderType.CALL_REMINDER, 2, "Follow the deck", null),
                task("rita", ReminderType.FOLLOW_UP, 4, "Call Carla", null),
                task("sam", ReminderType.FOLLOW_UP, 0, "Follow up with Dan", null));
        // As if thousands of reminders: "follow" (four index entries) is a common word, each name a rare one.
        probeLimit = 2;
        commonWordsCountLimit = 2;

        assertEquals(List.of("Follow up with Ben", "Follow the deck", "Follow up with Anna"),
                page(filter("rita", "follow"), 0, 10), "every match, in due order");
        assertEquals(List.of("Follow the deck"), page(filter("rita", "follow"), 1, 1), "paged");
        assertEquals(ReminderCount.atLeast(2), count(filter("rita", "follow")), "counted up to the bound");
        assertEquals(List.of("Follow up with Dan", "Follow up with Ben", "Follow the deck", "Follow up with Anna"),
                page(filter(null, "fol"), 0, 10), "everyone's for an admin");

        ReminderFilter openFollowUps = new ReminderFilter("rita", ReminderType.FOLLOW_UP, ReminderStatus.OPEN, null,
                null, null, null, SearchWords.of("follow up"));
        assertEquals(List.of("Follow up with Ben", "Follow up with Anna"), page(openFollowUps, 0, 10),
                "with a type and a status, read from their index");
        assertEquals(ReminderCount.exactly(2), count(openFollowUps), "exact below the bound");
        assertEquals(ReminderCount.exactly(0), count(filter("sam", "follow deck")), "and when nothing matches");
        assertEquals(List.of("Follow up with Anna"), found(filter("rita", "follow anna")), "a rare word drives");

        countLimit = 3;
        assertEquals(ReminderCount.atLeast(3), count(filter("rita", "")), "any count stops at its bound");
        assertEquals(ReminderCount.exactly(3), count(new ReminderFilter("rita", ReminderType.FOLLOW_UP, null, null,
                null, null, null, List.of())), "and is exact up to it");
        assertEquals(4, page(filter("rita", ""), 0, 10).size(), "the pages go on");
    }

    /** Runs the V071 step again, as Flyway runs it on a database with reminders from before the words. */
    private static void backfillAgain(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            new ReminderWordBackfill().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static ReminderFilter filter(String owner, String q) {
        return new ReminderFilter(owner, null, null, null, null, null, null, SearchWords.of(q));
    }

    private List<String> found(String owner, String q) {
        return found(filter(owner, q));
    }

    /** The subjects or titles of all the reminders the filter finds, by due time; its count agrees. */
    private List<String> found(ReminderFilter filter) {
        List<String> texts = page(filter, 0, 10_000);
        assertEquals(ReminderCount.exactly(texts.size()), count(filter), "the count of " + filter);
        return texts;
    }

    private List<String> page(ReminderFilter filter, int offset, int limit) {
        return withRepository(reminders -> reminders.search(filter, null, offset, limit).stream()
                .map(reminder -> reminder.subject() != null ? reminder.subject() : reminder.title()).toList());
    }

    private ReminderCount count(ReminderFilter filter) {
        return withRepository(reminders -> reminders.count(filter));
    }

    private void add(Reminder... reminders) {
        withRepository(repository -> {
            for (Reminder reminder : reminders) {
                repository.add(reminder);
            }
            return null;
        });
    }

    private <T> T withRepository(Function<JpaReminderRepository, T> work) {
        return TestPersistence.inTransaction(factory, em -> {
            JpaReminderRepository reminders = new JpaReminderRepository();
            reminders.em = em;
            reminders.probeLimit = probeLimit;
            reminders.countLimit = countLimit;
            reminders.commonWordsCountLimit = commonWordsCountLimit;
            return work.apply(reminders);
        });
    }

    private static Reminder task(String owner, ReminderType type, int hour, String title, String note) {
        return Reminder.task(Ids.newId(), type, owner, "contact", "sequence", "step", "enrollment", Ids.newId(),
                DUE.plusSeconds(3600L * hour), title, note);
    }

    private static Reminder email(String owner, int hour, String subject) {
        return Reminder.email(Ids.newId(), owner, "contact", "sequence", "step", "enrollment", Ids.newId(),
                DUE.plusSeconds(3600L * hour), subject, "<p>Hello</p>");
    }
}
