package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salessequences.api.Permission;
import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.api.sequence.ExitCriteriaDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.api.sequence.TaskSettings;
import org.salessequences.application.Caller;
import org.salessequences.application.ConflictException;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.engine.EngineParts;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.domain.model.mailbox.SenderAddresses;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.SequenceVersion;
import org.salessequences.infrastructure.holidays.JollydayPublicHolidays;
import org.salessequences.infrastructure.json.JsonDocuments;
import org.salessequences.infrastructure.templating.velocity.VelocityTemplateChecker;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

/**
 * What saving an edited sequence does: the steps of the saved definition are compared with the stored ones by id
 * (kept, added, removed), a save that changes nothing keeps the version and writes no history, and a change bumps
 * the version once, records what changed and, for steps and schedule, has the enrollments planned again.
 */
class DefaultSequenceServiceTest {

    private static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-03-02T09:30:00Z");
    private static final Caller RITA = new Caller("rita", "Rita", "rita@example.com", Set.of(Permission.VIEW));
    private static final Caller OTTO = new Caller("otto", "Otto", "otto@example.com", Set.of(Permission.VIEW));

    private final InMemorySequences sequences = new InMemorySequences();
    private final List<String> releasedHeldEmails = new ArrayList<>();
    private DefaultSequenceService service;
    private SequenceDefinition created;

    @BeforeEach
    void serviceWithARitasSequence() {
        JsonDocuments json = new JsonDocuments();
        JollydayPublicHolidays holidays = new JollydayPublicHolidays();
        service = new DefaultSequenceService();
        service.sequences = sequences;
        service.json = json;
        service.assembler = EngineParts.assembler(json);
        service.compiler = EngineParts.compiler(service.assembler, holidays);
        service.publicHolidays = holidays;
        service.templates = new VelocityTemplateChecker();
        service.senderAddresses = new SenderAddresses(List.of("example.com"));
        service.host = port(HostCrm.class, (proxy, method, args) -> method.getName().equals("savedViews")
                ? List.of(new SavedView("view-1", "Berlin leads", RecordType.CONTACT)) : null);
        service.mailboxes = port(MailboxRepository.class, (proxy, method, args) -> Optional.empty());
        service.outbox = port(OutboxRepository.class, (proxy, method, args) -> {
            if (method.getName().equals("releaseHeldEmails")) {
                releasedHeldEmails.add((String) args[0]);
            }
            return 0;
        });
        service.sequencesPerUser = 10;
        service.clock = Clock.fixed(CREATED, ZoneOffset.UTC);
        created = service.create(RITA, outbound(List.of(
                email(1, "Hello $contact.firstName"),
                new StepDefinition(null, null, "FOLLOW_UP", 3, null, null, null, new TaskSettings("Call", null), null))));
        service.clock = Clock.fixed(EDITED, ZoneOffset.UTC);
    }

    @Nested
    class ASaveThatChangesNothing {

        @Test
        void keepsTheVersionAndTheUpdateTime() {
            SequenceDefinition saved = service.update(RITA, created.id(), created);

            assertEquals(1, saved.version());
            assertEquals(created.updatedAt(), saved.updatedAt());
            assertEquals(1, sequences.find(created.id()).orElseThrow().version(), "the stored sequence too");
        }

        @Test
        void writesNoHistoryAndPlansNothingAgain() {
            service.update(RITA, created.id(), created);
            service.update(RITA, created.id(), created);

            assertEquals(List.of(1), versionNumbers());
            assertEquals(List.of(), sequences.replanned);
        }
    }

    @Nested
    class AChangedSave {

        @Test
        void bumpsTheVersionOnceAndRecordsWhatChanged() {
            SequenceDefinition saved = service.update(RITA, created.id(), edit(created, s -> renamed(s, "Inbound")));

            assertEquals(2, saved.version());
            assertEquals("Inbound", saved.name());
            assertEquals(EDITED, saved.updatedAt().toInstant());
            assertEquals(List.of(2, 1), versionNumbers());
            assertEquals(List.of("name"), changesOf(sequences.versions(created.id(), 0, 1).get(0)));
            assertEquals(List.of(), sequences.replanned, "a new name does not change any contact's plan");
        }

        @Test
        void ofAStepPlansTheEnrollmentsAgain() {
            SequenceDefinition edited = edit(created, s -> withSteps(s, List.of(
                    withSubject(s.steps().get(0), "Hi $contact.firstName"), s.steps().get(1))));

            service.update(RITA, created.id(), edited);

            assertEquals(List.of("steps[0].email.subject"), changesOf(sequences.versions(created.id(), 0, 1).get(0)));
            assertEquals(List.of(created.id()), sequences.replanned);
        }

        @Test
        void fromAStaleVersionIsRefusedAndChangesNothing() {
            service.update(RITA, created.id(), edit(created, s -> renamed(s, "Inbound")));

            ConflictException conflict = assertThrows(ConflictException.class,
                    () -> service.update(RITA, created.id(), edit(created, s -> renamed(s, "Partners"))));

            assertTrue(conflict.getMessage().contains("version 2"), conflict.getMessage());
            assertEquals("Inbound", service.get(RITA, created.id()).name());
            assertEquals(List.of(2, 1), versionNumbers());
        }

        @Test
        void ofAnotherUsersSequenceIsNotFound() {
            assertThrows(NotFoundException.class,
                    () -> service.update(OTTO, created.id(), edit(created, s -> renamed(s, "Mine"))));
            assertEquals(1, sequences.find(created.id()).orElseThrow().version());
        }
    }

    @Nested
    class TheStepsOfASave {

        @Test
        void keepTheIdsOfTheStepsTheyName() {
            SequenceDefinition saved = service.update(RITA, created.id(), edit(created, s -> withSteps(s, List.of(
                    withSubject(s.steps().get(0), "Hi again"), s.steps().get(1)))));

            assertEquals(ids(created.steps()), ids(saved.steps()));
            assertEquals("Hi again", saved.steps().get(0).email().subject());
        }

        @Test
        void addAStepWithoutAnIdAsANewOne() {
            SequenceDefinition saved = service.update(RITA, created.id(), edit(created, s -> withSteps(s, List.of(
                    s.steps().get(0), s.steps().get(1), email(5, "Last try")))));

            assertEquals(3, saved.steps().size());
            assertEquals(ids(created.steps()), ids(saved.steps()).subList(0, 2));
            assertFalse(ids(created.steps()).contains(saved.steps().get(2).id()));
            assertEquals(List.of("steps[2] added"), changesOf(sequences.versions(created.id(), 0, 1).get(0)));
        }

        @Test
        void removeTheStoredStepsTheyLeaveOutButKeepTheirRows() {
            String followUp = created.steps().get(1).id();

            SequenceDefinition saved = service.update(RITA, created.id(),
                    edit(created, s -> withSteps(s, List.of(s.steps().get(0)))));

            assertEquals(List.of(created.steps().get(0).id()), ids(saved.steps()));
            SequenceStep removed = sequences.allSteps(created.id()).stream()
                    .filter(step -> step.id().equals(followUp)).findFirst().orElseThrow();
            assertTrue(removed.isRemoved(), "executions of a removed step still name it");
            assertEquals(List.of("steps[1] removed"), changesOf(sequences.versions(created.id(), 0, 1).get(0)));
        }

        @Test
        void thatMoveKeepTheirIdsAndSayWhereFrom() {
            // Days may not go down the list: the call moves up to day 1, the email down to day 3.
            SequenceDefinition saved = service.update(RITA, created.id(), edit(created, s -> withSteps(s, List.of(
                    onDay(s.steps().get(1), 1), onDay(s.steps().get(0), 3)))));

            assertEquals(List.of(created.steps().get(1).id(), created.steps().get(0).id()), ids(saved.steps()));
            List<String> changes = changesOf(sequences.versions(created.id(), 0, 1).get(0));
            assertTrue(changes.containsAll(List.of("steps[0] moved from steps[1]", "steps[1] moved from steps[0]")),
                    changes.toString());
            assertNotEquals(created.version(), saved.version());
            assertEquals(List.of(created.id()), sequences.replanned);
        }
    }

    private static SequenceDefinition outbound(List<StepDefinition> steps) {
        return new SequenceDefinition(null, null, "Outbound", "CLASSIC", "DRAFT", false,
                new AudienceDefinition("CONTACT", List.of("view-1"), List.of(), "ALL", true),
                new ScheduleDefinition("09:00", "Europe/Berlin", true, null), steps,
                new ExitCriteriaDefinition(true, true, true, true, List.of(), "ALL"), null, null, null, null);
    }

    private static StepDefinition email(int day, String subject) {
        return new StepDefinition(null, null, "EMAIL", day, List.of(), "ALL", new EmailSettings(subject,
                "<p>Hello</p>", "NEW_THREAD", null, null, List.of(), List.of(), true, true, true), null, null);
    }

    /** The definition as a client sends it back: what it read, with its edit. */
    private static SequenceDefinition edit(SequenceDefinition read, UnaryOperator<SequenceDefinition> change) {
        return change.apply(read);
    }

    private static SequenceDefinition renamed(SequenceDefinition s, String name) {
        return new SequenceDefinition(s.id(), s.ownerId(), name, s.type(), s.status(), s.exclusive(), s.audience(),
                s.schedule(), s.steps(), s.exitCriteria(), s.version(), s.createdAt(), s.updatedAt(), s.nextRunAt(),
                s.guardrails(), s.pausedReason());
    }

    private static SequenceDefinition withSteps(SequenceDefinition s, List<StepDefinition> steps) {
        List<StepDefinition> positioned = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            positioned.add(new StepDefinition(step.id(), i + 1, step.type(), step.day(), step.conditions(),
                    step.match(), step.email(), step.task(), step.sms()));
        }
        return new SequenceDefinition(s.id(), s.ownerId(), s.name(), s.type(), s.status(), s.exclusive(),
                s.audience(), s.schedule(), positioned, s.exitCriteria(), s.version(), s.createdAt(), s.updatedAt(),
                s.nextRunAt(), s.guardrails(), s.pausedReason());
    }

    private static StepDefinition onDay(StepDefinition step, int day) {
        return new StepDefinition(step.id(), step.position(), step.type(), day, step.conditions(), step.match(),
                step.email(), step.task(), step.sms());
    }

    private static StepDefinition withSubject(StepDefinition step, String subject) {
        EmailSettings e = step.email();
        return new StepDefinition(step.id(), step.position(), step.type(), step.day(), step.conditions(),
                step.match(), new EmailSettings(subject, e.body(), e.threading(), e.from(), e.replyTo(), e.cc(),
                e.bcc(), e.trackOpens(), e.trackClicks(), e.unsubscribeLink()), step.task(), step.sms());
    }

    private static List<String> ids(List<StepDefinition> steps) {
        return steps.stream().map(StepDefinition::id).toList();
    }

    private List<Integer> versionNumbers() {
        return sequences.versions(created.id(), 0, 100).stream().map(SequenceVersion::version).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> changesOf(SequenceVersion version) {
        return new JsonDocuments().read(version.changes(), List.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T port(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(DefaultSequenceServiceTest.class.getClassLoader(), new Class<?>[] {type},
                handler);
    }
}
