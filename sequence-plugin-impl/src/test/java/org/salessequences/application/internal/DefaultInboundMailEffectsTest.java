package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.inbound.BounceClass;
import org.salessequences.infrastructure.mail.RecordingEmailEvents;
import org.salessequences.infrastructure.mail.RecordingEmailEvents.Call;
import org.salessequences.infrastructure.persistence.jdbc.JdbcBounceLog;
import org.salessequences.infrastructure.persistence.jdbc.JdbcEnrollmentBatchStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcExecutionRepository;
import org.salessequences.infrastructure.persistence.jdbc.JdbcSuppressions;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;

/**
 * On a real H2 schema: rita's two sequences and otto's one each enroll ada; rita's first emailed her. The engine's
 * email events are a recording stand-in.
 */
class DefaultInboundMailEffectsTest {

    private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
    private static final String SENT = "<m1@seq.example.com>";

    private final javax.sql.DataSource database = TestDatabases.h2();
    private final Sql sql = new Sql(database);
    private final RecordingEmailEvents emailEvents = new RecordingEmailEvents(Set.of(SENT));
    private final DefaultInboundMailEffects effects = new DefaultInboundMailEffects();

    @BeforeEach
    void data() {
        effects.executions = JdbcExecutionRepository.on(database);
        effects.enrollmentStore = JdbcEnrollmentBatchStore.on(database);
        effects.emailEvents = emailEvents;
        effects.bounces = JdbcBounceLog.on(sql);
        effects.suppressions = JdbcSuppressions.on(sql);
        sequence("sq", "rita");
        sequence("sq2", "rita");
        sequence("other", "otto");
        enrollment("e1", "sq", "ada@example.com");
        enrollment("e2", "sq2", "ada@example.com");
        enrollment("e3", "other", "ada@example.com");
        enrollment("e4", "sq", "bob@example.com");
        sql.update("INSERT INTO seq_step_execution (id, enrollment_id, sequence_id, step_id, step_type, step_position, "
                + "contact_id, owner_id, status, created_at, status_at, sent_at, message_id) VALUES ('x1', 'e1', 'sq', "
                + "'st', 'EMAIL', 0, 'c-e1', 'rita', 'EXECUTED', 0, 0, ?, ?)", NOW.minusSeconds(86_400), SENT);
    }

    @Test
    void aHardBounceWithoutMessageIdIsMatchedToTheRecentSendAndSuppressesTheAddressForTheMailbox() {
        assertTrue(effects.bounced("rita", null, "Ada@Example.com", BounceClass.HARD, "5.1.1", "user unknown", NOW));

        assertEquals(List.of(new Call("bounced", SENT, "user unknown")), emailEvents.calls);
        assertEquals("EXITED BOUNCED", state("e1"));
        assertEquals("EXITED BOUNCED", state("e2"), "every sequence of the mailbox");
        assertEquals("ACTIVE null", state("e3"), "another rep's sequence is not the mailbox's");
        assertEquals("ACTIVE null", state("e4"));
        assertEquals(Set.of("ada@example.com"), effects.suppressions.among("rita", List.of("ada@example.com")));
        assertEquals(Set.of(), effects.suppressions.among("otto", List.of("ada@example.com")));
    }

    @Test
    void aSoftBounceDefersTheSentEmailSoTheNextRunSendsItAgain() {
        sql.update("UPDATE seq_enrollment SET current_step_position = 1, next_step_at = ?, steps_done = TRUE "
                + "WHERE id = 'e1'", NOW.plusSeconds(4 * 86_400));
        assertTrue(effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "mailbox full", NOW));

        assertEquals("DEFERRED SOFT_BOUNCE null", sql.first("SELECT status, reason, sent_at FROM seq_step_execution "
                + "WHERE id = 'x1'", row -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
                .orElseThrow(), "no longer sent: the step runs again");
        assertEquals("0 " + NOW.toEpochMilli() + " false", sql.first("SELECT current_step_position, next_step_at, "
                + "steps_done FROM seq_enrollment WHERE id = 'e1'", row -> row.getInt(1) + " " + row.getLong(2) + " "
                + row.getBoolean(3)).orElseThrow(), "due again from the bounced step");
        assertEquals("ACTIVE null", state("e1"));

        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "mailbox full", NOW);
        assertEquals("DEFERRED SOFT_BOUNCE", sql.first("SELECT status, reason FROM seq_step_execution WHERE id = 'x1'",
                row -> row.getString(1) + " " + row.getString(2)).orElseThrow(), "a second report of it changes nothing");
    }

    @Test
    void theThirdSoftBounceInSevenDaysCountsAsHard() {
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "mailbox full", NOW.minusSeconds(
                6 * 86_400));
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "4.4.7", "expired", NOW.minusSeconds(3600));
        assertEquals("ACTIVE null", state("e1"), "two soft bounces keep the contact");
        assertTrue(emailEvents.calls.isEmpty());

        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "mailbox full", NOW);
        assertEquals("EXITED BOUNCED", state("e1"));
    }

    @Test
    void softBouncesOlderThanSevenDaysDoNotCount() {
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "full", NOW.minusSeconds(8 * 86_400));
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "full", NOW.minusSeconds(3600));
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SOFT, "5.2.2", "full", NOW);
        assertEquals("ACTIVE null", state("e1"));
    }

    @Test
    void aSendingSideFailureMarksNoContact() {
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SENDER, "5.7.1", "relay access denied", NOW);
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SENDER, "5.7.1", "relay access denied", NOW);
        effects.bounced("rita", SENT, "ada@example.com", BounceClass.SENDER, "5.7.1", "relay access denied", NOW);
        assertEquals("ACTIVE null", state("e1"));
        assertTrue(emailEvents.calls.isEmpty());
        assertEquals(Set.of(), effects.suppressions.among("rita", List.of("ada@example.com")));
    }

    @Test
    void anOutOfOfficePausesUntilTheNextBusinessDayAfterItsDateAndResumesByItself() {
        // Back on Friday 13 March: resumes on Monday 16 March.
        assertTrue(effects.outOfOffice("rita", List.of(SENT), "ada@example.com", LocalDate.of(2026, 3, 13), NOW));
        assertEquals("PAUSED null", state("e1"));
        assertEquals("OUT_OF_OFFICE " + Instant.parse("2026-03-16T00:00:00Z").toEpochMilli(), pause("e1"));
        assertEquals("ACTIVE null", state("e2"), "only the enrollment the auto-reply answers");

        assertEquals(0, effects.resumeDue(Instant.parse("2026-03-15T23:59:59Z")));
        assertEquals(1, effects.resumeDue(Instant.parse("2026-03-16T00:00:00Z")));
        assertEquals("ACTIVE null", state("e1"));
        assertEquals("null null", pause("e1"));
    }

    @Test
    void anOutOfOfficeWithoutMessageIdPausesTheSendersEnrollmentsOfTheMailboxOnly() {
        assertTrue(effects.outOfOffice("rita", List.of(), "ada@example.com", LocalDate.of(2026, 3, 10), NOW));
        assertEquals("PAUSED null", state("e1"));
        assertEquals("PAUSED null", state("e2"));
        assertEquals("ACTIVE null", state("e3"));
    }

    @Test
    void anOutOfOfficeWithoutADateChangesNothingAndOneFarAwayPausesThirtyDaysAtMost() {
        assertFalse(effects.outOfOffice("rita", List.of(SENT), "ada@example.com", null, NOW));
        assertEquals("ACTIVE null", state("e1"));

        effects.outOfOffice("rita", List.of(SENT), "ada@example.com", LocalDate.of(2026, 9, 1), NOW);
        assertEquals("OUT_OF_OFFICE " + NOW.plusSeconds(30 * 86_400L).toEpochMilli(), pause("e1"));
    }

    private String state(String enrollmentId) {
        return sql.first("SELECT status, exit_reason FROM seq_enrollment WHERE id = ?",
                row -> row.getString(1) + " " + row.getString(2), enrollmentId).orElseThrow();
    }

    private String pause(String enrollmentId) {
        return sql.first("SELECT pause_reason, resumes_at FROM seq_enrollment WHERE id = ?",
                row -> row.getString(1) + " " + row.getString(2), enrollmentId).orElseThrow();
    }

    private void sequence(String id, String owner) {
        sql.update("INSERT INTO seq_sequence (id, owner_id, name, type, status, exclusive_audience, schedule_time, "
                + "timezone, exclude_weekends, definition, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'CLASSIC', 'ACTIVE', FALSE, '09:00', 'UTC', FALSE, '{}', 1, 0, 0)", id, owner, id);
    }

    private void enrollment(String id, String sequenceId, String email) {
        sql.update("INSERT INTO seq_enrollment (id, sequence_id, contact_id, email, status, source, enrolled_at, "
                + "updated_at, steps_done, host_synced) VALUES (?, ?, ?, ?, 'ACTIVE', 'AUDIENCE', 0, 0, FALSE, TRUE)", id,
                sequenceId, "c-" + id, email);
    }
}
