package org.salessequences.application.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Event;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.api.sequence.ExitCriteriaDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.OutboxQueued;
import org.salessequences.domain.model.contact.UnsubscribeRepository;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentProgress;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.execution.ExecutionRecord;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.execution.ExecutionStatus;
import org.salessequences.domain.model.inbound.Suppressions;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.infrastructure.holidays.JollydayPublicHolidays;
import org.salessequences.infrastructure.json.JsonDocuments;
import org.salessequences.spi.host.HostCallBudgetException;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * The execute stage on one chunk: what it writes (executions, outbox effects, progress, exits) for the due
 * enrollments of a classic sequence whose one email is due on day 1, against ports that record what they are given.
 */
class ExecutionServiceTest {

    /** A Monday, at the sequence's 09:00 in Berlin. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant MONDAY_RUN = Instant.parse("2026-03-02T08:00:00Z");
    private static final HostContact ANNA = new HostContact("c-anna", "anna@example.com", "Anna", "Berg", null, null,
            "rita", null, Map.of(), Map.of());

    private final Map<String, List<Object[]>> calls = new LinkedHashMap<>();
    private final Set<String> suppressed = new HashSet<>();
    private final List<HostContact> inHost = new ArrayList<>(List.of(ANNA));
    private boolean budgetSpent;
    private ExecutionService service;
    private RunContext monday;

    @BeforeEach
    void serviceOnAnOneEmailSequence() {
        JsonDocuments json = new JsonDocuments();
        SequenceAssembler assembler = EngineParts.assembler(json);
        SequenceCompiler compiler = EngineParts.compiler(assembler, new JollydayPublicHolidays());
        Sequence sequence = new Sequence("seq-1", "rita", MONDAY_RUN.minusSeconds(86_400));
        SequenceDefinition definition = new SequenceDefinition(null, null, "Outbound", "CLASSIC", "ACTIVE", false,
                new AudienceDefinition("CONTACT", List.of("view-1"), List.of(), "ALL", true),
                new ScheduleDefinition("09:00", "Europe/Berlin", true, null), List.of(),
                new ExitCriteriaDefinition(true, true, true, true, List.of(), "ALL"), null, null, null, null);
        sequence.define("Outbound", SequenceType.CLASSIC, SequenceStatus.ACTIVE, false, "09:00", "Europe/Berlin", true,
                null, assembler.sequenceDocument(definition), sequence.createdAt());
        SequenceStep email = new SequenceStep("step-1", "seq-1", StepType.EMAIL, sequence.createdAt());
        email.define(1, 1, assembler.stepDocument(new StepDefinition(null, null, "EMAIL", 1, List.of(), "ALL",
                new EmailSettings("Hi $contact.firstName", "<p>Hello</p>", "NEW_THREAD", null, null, List.of(),
                        List.of(), true, true, true), null, null)), sequence.createdAt());
        monday = new RunContext("run-1", compiler.compile(sequence, List.of(email)), MONDAY_RUN, MONDAY);

        service = new ExecutionService();
        service.json = json;
        service.emailsPerDay = 100;
        service.enrollments = recording(EnrollmentBatchStore.class);
        service.executions = recording(ExecutionRepository.class);
        service.outbox = recording(OutboxRepository.class);
        service.unsubscribes = recording(UnsubscribeRepository.class);
        service.suppressions = port(Suppressions.class, (name, args) -> new HashSet<>(suppressed));
        service.host = port(HostCrm.class, (name, args) -> {
            if (budgetSpent) {
                throw new HostCallBudgetException("the hour's 10 host calls are spent", MONDAY_RUN.plusSeconds(3600));
            }
            return name.equals("findContacts") ? List.copyOf(inHost) : Optional.empty();
        });
        service.queued = recording(Event.class);
        service.guardrails = new SequenceGuardrails();
        service.guardrails.sequences = port(SequenceRepository.class, (name, args) -> Optional.empty());
    }

    @Nested
    class ADueEmail {

        @Test
        void isExecutedWithItsEffectQueuedAndTheEnrollmentMovedOn() {
            ExecutionCounts counts = service.execute(monday, List.of(newEnrollment("e-1", "c-anna")));

            assertEquals(new ExecutionCounts(1, 0, 0, 0), counts);
            ExecutionRecord execution = this.<ExecutionRecord>written("insert").get(0);
            assertEquals(List.of("e-1", "step-1", ExecutionStatus.EXECUTED, "run-1"),
                    List.of(execution.enrollmentId(), execution.stepId(), execution.status(), execution.runId()));
            OutboxEntry effect = this.<OutboxEntry>written("add").get(0);
            assertEquals(OutboxKind.EMAIL, effect.kind());
            assertEquals(execution.id(), effect.executionId(), "the effect names the execution written with it");
            EnrollmentProgress progress = this.<EnrollmentProgress>written("progress").get(0);
            assertEquals(MONDAY, progress.dayOne());
            assertTrue(progress.stepsDone(), "its only step is done");
            assertEquals(1, calls.get("fire").size(), "the outbox is told after the chunk");
        }

        private <T> List<T> written(String method) {
            return ExecutionServiceTest.this.written(method);
        }
    }

    @Nested
    class NothingIsWritten {

        @Test
        void onAWeekendTheSequenceExcludes() {
            RunContext saturday = new RunContext("run-2", monday.sequence(), MONDAY_RUN.minusSeconds(2 * 86_400),
                    MONDAY.minusDays(2));

            assertEquals(ExecutionCounts.NONE, service.execute(saturday, List.of(newEnrollment("e-1", "c-anna"))));
            assertNothingWritten();
            assertEquals(null, calls.get("findContacts"), "the host is not asked either");
        }

        @Test
        void whenTheHostCallBudgetIsSpentButTheChunkCountsAsDeferred() {
            budgetSpent = true;

            ExecutionCounts counts = service.execute(monday, List.of(newEnrollment("e-1", "c-anna"),
                    newEnrollment("e-2", "c-bob")));

            assertEquals(new ExecutionCounts(0, 0, 2, 0), counts);
            assertNothingWritten(); // each step is due again at the next run
        }
    }

    @Nested
    class AnEnrollment {

        @Test
        void whoseContactLeftTheHostWaitsWithoutAnExecution() {
            ExecutionCounts counts = service.execute(monday, List.of(newEnrollment("e-2", "c-gone")));

            assertEquals(new ExecutionCounts(0, 0, 0, 0), counts);
            assertEquals(List.of(), written("insert"));
            assertEquals(List.of(), written("progress"), "its place in the sequence is kept");
        }

        @Test
        void whoseAddressHardBouncedForTheMailboxExitsAsBounced() {
            suppressed.add("anna@example.com");

            ExecutionCounts counts = service.execute(monday, List.of(newEnrollment("e-1", "c-anna")));

            assertEquals(1, counts.exited());
            assertEquals(1, calls.get("exit").size());
            Object[] exit = calls.get("exit").get(0);
            assertEquals(List.of("e-1"), exit[0]);
            assertEquals(ExitReason.BOUNCED, exit[1]);
            assertEquals(List.of(), written("insert"));
            assertEquals(List.of(), written("add"));
        }
    }

    private void assertNothingWritten() {
        for (String write : List.of("insert", "updateDeferred", "add", "progress", "exit", "fire")) {
            assertEquals(null, calls.get(write), write);
        }
    }

    private static EnrollmentRow newEnrollment(String id, String contactId) {
        return new EnrollmentRow(id, contactId, null, null, EnrollmentStatus.ACTIVE, null, null);
    }

    /** The rows handed to a port's batch method (its one list argument), over all its calls. */
    @SuppressWarnings("unchecked")
    private <T> List<T> written(String method) {
        List<T> rows = new ArrayList<>();
        calls.getOrDefault(method, List.of()).forEach(args -> rows.addAll((List<T>) args[0]));
        return rows;
    }

    /** A port that records each call and answers with nothing: an empty collection, zero, false or none. */
    private <T> T recording(Class<T> type) {
        return port(type, (name, args) -> null);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private <T> T port(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? type.getSimpleName() : null;
            }
            calls.computeIfAbsent(method.getName(), name -> new ArrayList<>()).add(args == null ? new Object[0] : args);
            Object given = answer.answer(method.getName(), args);
            if (given != null) {
                return given;
            }
            Class<?> returns = method.getReturnType();
            if (returns == List.class) {
                return List.of();
            } else if (returns == Map.class) {
                return Map.of();
            } else if (returns == Set.class) {
                return Set.of();
            } else if (returns == Optional.class) {
                return Optional.empty();
            } else if (returns == int.class) {
                return args != null && args.length > 0 && args[0] instanceof List<?> list ? list.size() : 0;
            } else if (returns == long.class) {
                return 0L;
            } else if (returns == boolean.class) {
                return false;
            }
            return null;
        });
    }
}
