package org.salessequences.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;

import org.salessequences.api.event.EventReceipt;
import org.salessequences.api.event.InboundEvent;
import org.salessequences.application.ContactActivityService;
import org.salessequences.application.InboundEventService;
import org.salessequences.application.mail.EmailEventService;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.execution.InboundEventLog;
import org.salessequences.domain.model.execution.SentEmailLookup;
import org.salessequences.log.LogId;

/**
 * Validates an inbound event, applies it once and records its id in the same transaction: if applying fails,
 * the id is not recorded and the host's retry applies it.
 */
@ApplicationScoped
@Transactional
public class DefaultInboundEventService implements InboundEventService {

    private static final Logger LOG = Logger.getLogger(DefaultInboundEventService.class.getName());
    private static final Set<String> BY_MESSAGE = Set.of("REPLIED", "BOUNCED", "OPENED", "CLICKED");
    private static final Set<String> BY_CONTACT = Set.of("UNSUBSCRIBED", "CALL_LOGGED", "CHAT", "ACTIVITY_LOGGED",
            "MEETING_BOOKED");
    private static final Set<String> DIRECTIONS = Set.of("INCOMING", "OUTGOING");
    private static final int MAX_ID = 255;

    private InboundEventLog seen;
    private SentEmailLookup sentEmails;
    private EmailEventService emailEvents;
    private ContactActivityService activities;
    private Clock clock;
    @Inject
    MeetingBookings meetings;

    protected DefaultInboundEventService() {
        // for the CDI proxy
    }

    @Inject
    public DefaultInboundEventService(InboundEventLog seen, SentEmailLookup sentEmails,
                                      EmailEventService emailEvents, ContactActivityService activities,
                                      Clock clock) {
        this.seen = seen;
        this.sentEmails = sentEmails;
        this.emailEvents = emailEvents;
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public EventReceipt apply(InboundEvent event) {
        Instant at = validate(event);
        if (seen.seen(event.id())) {
            LOG.fine(() -> LogId.INBOUND_EVENT_DUPLICATE + " inbound event " + event.id() + " was applied before");
            return new EventReceipt(event.id(), "DUPLICATE");
        }
        boolean matched = dispatch(event, at);
        seen.record(event.id(), event.type(), clock.instant());
        LOG.fine(() -> LogId.INBOUND_EVENT_RECEIVED + " inbound event " + event.id() + " (" + event.type() + ") "
                + (matched ? "applied" : "matched nothing"));
        return new EventReceipt(event.id(), matched ? "APPLIED" : "UNMATCHED");
    }

    private boolean dispatch(InboundEvent event, Instant at) {
        String messageId = event.messageId() == null ? null : bracketed(event.messageId());
        return switch (event.type()) {
            case "REPLIED" -> emailEvents.replied(List.of(messageId), at);
            case "BOUNCED" -> emailEvents.bounced(messageId,
                    event.diagnostic() == null ? "reported by the host" : event.diagnostic(), at);
            case "OPENED" -> execution(messageId).map(id -> emailEvents.opened(id, at)).orElse(false);
            case "CLICKED" -> execution(messageId).map(id -> emailEvents.clicked(id, at)).orElse(false);
            case "UNSUBSCRIBED" -> emailEvents.unsubscribedAddress(event.contactId(), email(event), at);
            case "CALL_LOGGED" -> activities.logged(event.contactId(), email(event),
                    ContactActivityService.Kind.CALL_LOGGED, event.direction().toUpperCase(Locale.ROOT), null, at);
            case "CHAT" -> activities.logged(event.contactId(), email(event), ContactActivityService.Kind.CHAT,
                    null, null, at);
            case "ACTIVITY_LOGGED" -> activities.logged(event.contactId(), email(event),
                    ContactActivityService.Kind.ACTIVITY_LOGGED, null, event.activityType().strip(), at);
            case "MEETING_BOOKED" -> meetings.booked(event.contactId(), email(event), at);
            default -> throw new IllegalStateException("validated type " + event.type());
        };
    }

    private Optional<String> execution(String messageId) {
        return sentEmails.executionOfMessage(messageId);
    }

    /** @return when it happened */
    private Instant validate(InboundEvent event) {
        Violations violations = new Violations();
        if (event == null) {
            violations.add("", "an event is required");
            violations.throwIfAny();
        }
        if (event.id() == null || event.id().isBlank()) {
            violations.add("id", "an event id is required");
        } else if (event.id().length() > MAX_ID) {
            violations.add("id", "at most " + MAX_ID + " characters");
        }
        String type = event.type();
        if (type == null || !(BY_MESSAGE.contains(type) || BY_CONTACT.contains(type))) {
            violations.add("type", "must be one of REPLIED, BOUNCED, OPENED, CLICKED, UNSUBSCRIBED, CALL_LOGGED, "
                    + "CHAT, ACTIVITY_LOGGED, MEETING_BOOKED");
        } else if (BY_MESSAGE.contains(type) && (event.messageId() == null || event.messageId().isBlank())) {
            violations.add("messageId", "a Message-ID is required for " + type);
        } else if (BY_CONTACT.contains(type) && blank(event.contactId()) && blank(event.email())) {
            violations.add("contactId", "contactId or email is required for " + type);
        }
        if ("CALL_LOGGED".equals(type)
                && (event.direction() == null || !DIRECTIONS.contains(event.direction().toUpperCase(Locale.ROOT)))) {
            violations.add("direction", "must be INCOMING or OUTGOING");
        }
        if ("ACTIVITY_LOGGED".equals(type) && blank(event.activityType())) {
            violations.add("activityType", "an activity type is required");
        }
        if (!blank(event.email())) {
            try {
                new InternetAddress(event.email().strip(), true);
            } catch (AddressException e) {
                violations.add("email", "not an email address");
            }
        }
        Instant at = clock.instant();
        if (event.occurredAt() != null) {
            try {
                at = OffsetDateTime.parse(event.occurredAt()).toInstant();
            } catch (DateTimeParseException e) {
                violations.add("occurredAt", "an ISO-8601 time with offset is required, e.g. 2026-03-02T09:00:00Z");
            }
        }
        violations.throwIfAny();
        return at;
    }

    private static String email(InboundEvent event) {
        return blank(event.email()) ? null : event.email().strip();
    }

    private static String bracketed(String messageId) {
        String id = messageId.strip();
        return id.startsWith("<") ? id : "<" + id + ">";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
