package org.salessequences.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.mailbox.MailboxHealth;

/** The link, inbound event, lookup and poll stores on H2 and PostgreSQL. */
class JdbcMailStoresTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    static Stream<Arguments> databases() {
        return JdbcMailboxRepositoryTest.databases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void linksAreStoredPerExecutionAndReplacedOnRetry(String name, Supplier<DataSource> database) {
        JdbcEmailLinkStore links = new JdbcEmailLinkStore(new Sql(database.get()));
        links.replace("e1", List.of("https://a.example/1", "https://b.example/2"));
        links.replace("e1", List.of("https://a.example/1"));

        assertEquals(Optional.of("https://a.example/1"), links.find("e1", 0));
        assertEquals(Optional.empty(), links.find("e1", 1));
        assertEquals(Optional.empty(), links.find("e2", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInboundEventIdIsRecordedOnce(String name, Supplier<DataSource> database) {
        JdbcInboundEventStore events = new JdbcInboundEventStore(new Sql(database.get()));
        assertFalse(events.seen("ev-1"));
        events.record("ev-1", "REPLIED", NOW);
        assertTrue(events.seen("ev-1"));
        DataAccessException again = assertThrows(DataAccessException.class, () -> events.record("ev-1", "REPLIED", NOW));
        assertTrue(again.isDuplicateKey());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsTheExecutionOfAMessageIdAndUnsubscribedAddresses(String name, Supplier<DataSource> database) {
        Sql sql = new Sql(database.get());
        sql.update("INSERT INTO seq_step_execution (id, enrollment_id, sequence_id, step_id, step_type, step_position, "
                + "contact_id, owner_id, status, created_at, status_at, message_id) "
                + "VALUES ('x1', 'en', 'sq', 'st', 'EMAIL', 0, 'c1', 'rita', 'EXECUTED', 0, 0, '<x1@example.com>')");
        sql.update("INSERT INTO seq_unsubscribe (email, source, unsubscribed_at) VALUES ('ada@example.com', 'LINK', 0)");
        JdbcSentEmailLookup lookup = new JdbcSentEmailLookup(sql);

        assertEquals(Optional.of("x1"), lookup.executionOfMessage("<x1@example.com>"));
        assertEquals(Optional.of("x1"), lookup.executionOfMessage("x1@example.com"));
        assertEquals(Optional.empty(), lookup.executionOfMessage("<other@example.com>"));
        assertTrue(lookup.isUnsubscribed("Ada@Example.com"));
        assertFalse(lookup.isUnsubscribed("bob@example.com"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMailboxsFailuresInARowAreCountedFromTheFirstAndClearedByASend(String name, Supplier<DataSource> database) {
        JdbcMailboxHealth health = new JdbcMailboxHealth(new Sql(database.get()));
        assertEquals(Optional.empty(), health.failures("rita"));
        health.failed("rita", "could not connect to smtp.example.com:587", NOW);
        health.failed("rita", "the mail server refused the login", NOW.plusSeconds(30));
        MailboxHealth.Failures two = health.failures("rita").orElseThrow();
        assertEquals(new MailboxHealth.Failures(2, NOW, "the mail server refused the login"), two);
        assertFalse(two.keepsFailing());
        health.failed("rita", "x".repeat(3000), NOW.plusSeconds(60));
        assertTrue(health.failures("rita").orElseThrow().keepsFailing());
        assertEquals(2000, health.failures("rita").orElseThrow().lastError().length(), "the reason is cut to fit");
        assertEquals(Optional.empty(), health.failures("bob"), "each owner on their own");

        health.sent("rita");
        assertEquals(Optional.empty(), health.failures("rita"));
        health.failed("rita", "could not connect to smtp.example.com:587", NOW.plusSeconds(90));
        assertEquals(new MailboxHealth.Failures(1, NOW.plusSeconds(90), "could not connect to smtp.example.com:587"),
                health.failures("rita").orElseThrow(), "counted afresh");
        health.sent("rita");
        assertEquals(Optional.empty(), health.failures("rita"), "a send right after a failure clears it too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneMemberAtATimeClaimsAMailboxAndThePositionAdvances(String name, Supplier<DataSource> database) {
        JdbcMailboxPollStore polls = new JdbcMailboxPollStore(new Sql(database.get()));
        assertEquals(new JdbcMailboxPollStore.Position(null, null), polls.position("rita"));

        assertTrue(polls.claim("rita", "node-a", NOW, NOW.plusSeconds(60)));
        assertFalse(polls.claim("rita", "node-b", NOW.plusSeconds(1), NOW.plusSeconds(61)));
        polls.advance("rita", 7, 42, NOW.plusSeconds(2));
        assertEquals(new JdbcMailboxPollStore.Position(7L, 42L), polls.position("rita"));
        assertTrue(polls.claim("rita", "node-b", NOW.plusSeconds(3), NOW.plusSeconds(63)), "advance releases the claim");
        polls.failed("rita", "connection refused", NOW.plusSeconds(4));
        assertTrue(polls.claim("rita", "node-a", NOW.plusSeconds(5), NOW.plusSeconds(65)), "a failure releases it too");
    }
}
