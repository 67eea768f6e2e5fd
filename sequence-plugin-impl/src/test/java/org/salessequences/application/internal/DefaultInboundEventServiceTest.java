package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.salessequences.api.FieldError;
import org.salessequences.api.event.EventReceipt;
import org.salessequences.api.event.InboundEvent;
import org.salessequences.application.ContactActivityService;
import org.salessequences.application.ValidationException;
import org.salessequences.infrastructure.mail.RecordingEmailEvents;
import org.salessequences.infrastructure.mail.RecordingEmailEvents.Call;
import org.salessequences.infrastructure.persistence.jdbc.JdbcInboundEventStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcSentEmailLookup;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.time.ApplicationClock;

/** On a real H2 schema; the engine's services are recording stand-ins. */
class DefaultInboundEventServiceTest {

    private final Sql sql = new Sql(TestDatabases.h2());
    private final RecordingEmailEvents emailEvents = new RecordingEmailEvents(Set.of("<m1@seq.example.com>", "x1"));
    private final List<String> activities = new CopyOnWriteArrayList<>();
    private final ContactActivityService activityService = (contactId, email, kind, direction, type, at) ->
            activities.add(kind + " " + contactId + " " + email + " " + direction + " " + type + " " + at);
    private final DefaultInboundEventService service = new DefaultInboundEventService(new JdbcInboundEventStore(sql),
            new JdbcSentEmailLookup(sql), emailEvents, activityService, new ApplicationClock());

    private static InboundEvent event(String id, String type, String contactId, String email, String messageId) {
        return new InboundEvent(id, type, contactId, email, messageId, null, null, "2026-03-02T09:00:00Z", null);
    }

    @Test
    void appliesAnEventIdOnce() {
        assertEquals(new EventReceipt("e1", "APPLIED"),
                service.apply(event("e1", "REPLIED", null, null, "m1@seq.example.com")));
        assertEquals(new EventReceipt("e1", "DUPLICATE"),
                service.apply(event("e1", "REPLIED", null, null, "m1@seq.example.com")));
        assertEquals(List.of(new Call("replied", "<m1@seq.example.com>", null)), emailEvents.calls);
    }

    @Test
    void opensAndClicksFindTheExecutionByMessageId() {
        sql.update("INSERT INTO seq_step_execution (id, enrollment_id, sequence_id, step_id, step_type, step_position, "
                + "contact_id, owner_id, status, created_at, status_at, message_id) "
                + "VALUES ('x1', 'en', 'sq', 'st', 'EMAIL', 0, 'c1', 'rita', 'EXECUTED', 0, 0, '<m1@seq.example.com>')");
        assertEquals("APPLIED", service.apply(event("e2", "OPENED", null, null, "<m1@seq.example.com>")).status());
        assertEquals("APPLIED", service.apply(event("e3", "CLICKED", null, null, "<m1@seq.example.com>")).status());
        assertEquals("UNMATCHED", service.apply(event("e4", "OPENED", null, null, "<nope@x.example>")).status());
        assertEquals(List.of(new Call("opened", "x1", null), new Call("clicked", "x1", null)), emailEvents.calls);
    }

    @Test
    void dispatchesBouncesUnsubscribesAndActivities() {
        service.apply(new InboundEvent("b1", "BOUNCED", null, null, "<m1@seq.example.com>", null, null, null,
                "550 user unknown"));
        service.apply(event("u1", "UNSUBSCRIBED", null, "ada@acme.example", null));
        service.apply(new InboundEvent("c1", "CALL_LOGGED", "c-9", null, null, "incoming", null,
                "2026-03-02T10:00:00+01:00", null));
        service.apply(new InboundEvent("a1", "ACTIVITY_LOGGED", "c-9", null, null, null, "Lunch", null, null));
        service.apply(event("h1", "CHAT", "c-9", null, null));

        assertEquals(List.of(new Call("bounced", "<m1@seq.example.com>", "550 user unknown"),
                new Call("unsubscribedAddress", null, "ada@acme.example")), emailEvents.calls);
        assertEquals(3, activities.size());
        assertEquals("CALL_LOGGED c-9 null INCOMING null 2026-03-02T09:00:00Z", activities.get(0));
        assertTrue(activities.get(1).startsWith("ACTIVITY_LOGGED c-9 null null Lunch"), activities.get(1));
        assertTrue(activities.get(2).startsWith("CHAT c-9"), activities.get(2));
    }

    @Test
    void namesTheBadFieldsAndRecordsNothing() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> service.apply(
                new InboundEvent(" ", "CALL_LOGGED", null, "not-an-address", null, "sideways", null, "yesterday",
                        null)));
        assertEquals(List.of("id", "direction", "email", "occurredAt"),
                invalid.errors().stream().map(FieldError::field).toList());
        ValidationException noMessage = assertThrows(ValidationException.class,
                () -> service.apply(event("e9", "REPLIED", null, null, null)));
        assertEquals("messageId", noMessage.errors().get(0).field());
        ValidationException noType = assertThrows(ValidationException.class,
                () -> service.apply(event("e9", "LIKED", null, null, null)));
        assertEquals("type", noType.errors().get(0).field());
        assertTrue(emailEvents.calls.isEmpty());
        assertTrue(activities.isEmpty());
        assertEquals(List.of(), sql.query("SELECT event_id FROM seq_inbound_event", row -> row.getString(1)));
    }

}
