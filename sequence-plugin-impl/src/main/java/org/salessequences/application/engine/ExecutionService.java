package org.salessequences.application.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.application.OutboxQueued;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.domain.model.contact.UnsubscribeRepository;
import org.salessequences.domain.model.enrollment.AdmissionRules;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentProgress;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.execution.Decision;
import org.salessequences.domain.model.execution.ExecutionRecord;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.execution.PastExecution;
import org.salessequences.domain.model.execution.Plan;
import org.salessequences.domain.model.execution.StepPlanner;
import org.salessequences.application.effects.StepEffect;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.domain.model.schedule.StepDays;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.json.JsonDocuments;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * The execute stage: for each due enrollment of a chunk, decides the steps this run executes (the day rules of
 * {@link StepPlanner}), writes one execution per (enrollment, step) and, for each step that runs, its side effect
 * into the outbox, all in the chunk's transaction. The effects are carried out after the commit.
 */
@ApplicationScoped
@Transactional
public class ExecutionService {

    private static final Logger LOG = Logger.getLogger(ExecutionService.class.getName());

    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    ExecutionRepository executions;
    @Inject
    OutboxRepository outbox;
    @Inject
    UnsubscribeRepository unsubscribes;
    @Inject
    HostCrm host;
    @Inject
    JsonDocuments json;
    @Inject
    Event<OutboxQueued> queued;
    @Inject
    @ConfigProperty(name = "sequences.limits.emails-per-user-per-day", defaultValue = "2000")
    long emailsPerDay;

    public List<EnrollmentRow> due(RunContext run, String afterId, int limit) {
        CompiledSequence sequence = run.sequence();
        return enrollments.due(sequence.id(), run.runAt(), sequence.type() == SequenceType.SMART, afterId, limit);
    }

    public ExecutionCounts execute(RunContext run, List<EnrollmentRow> chunk) {
        CompiledSequence sequence = run.sequence();
        // With weekends excluded nothing runs on a Saturday or Sunday, even when a run is started by hand.
        if (chunk.isEmpty() || !sequence.schedule().isRunDay(run.runDate())) {
            return ExecutionCounts.NONE;
        }
        Map<String, HostContact> contacts = new HashMap<>();
        host.findContacts(chunk.stream().map(EnrollmentRow::contactId).toList())
                .forEach(contact -> contacts.put(contact.id(), contact));
        Map<String, Map<String, PastExecution>> history =
                executions.history(chunk.stream().map(EnrollmentRow::id).toList());
        Set<String> unsubscribed = unsubscribes.among(contacts.values().stream()
                .map(contact -> AdmissionRules.normaliseEmail(contact.email())).filter(email -> email != null).toList());
        Instant dayStart = run.runDate().atStartOfDay(sequence.schedule().zone()).toInstant();
        Instant dayEnd = run.runDate().plusDays(1).atStartOfDay(sequence.schedule().zone()).toInstant();
        EffectGate.DailyEmailBudget budget = new EffectGate.DailyEmailBudget(
                () -> emailsPerDay - executions.countEmails(sequence.ownerId(), dayStart, dayEnd));
        boolean readsAccount = sequence.steps().stream().flatMap(step -> step.conditions().conditions().stream())
                .anyMatch(c -> c.field().scope() == FieldScope.ACCOUNT || c.field().scope() == FieldScope.ACCOUNT_CUSTOM);
        Map<String, HostAccount> accounts = new HashMap<>();

        Writes writes = new Writes();
        for (EnrollmentRow row : chunk) {
            HostContact contact = contacts.get(row.contactId());
            if (contact == null) {
                // The host no longer has the contact: nothing can be sent; it is looked at again next run.
                LOG.warning(() -> "SEQ-0510 contact " + row.contactId() + " of enrollment " + row.id()
                        + " is not in the host; its steps wait");
                continue;
            }
            HostAccount account = readsAccount && contact.accountId() != null
                    ? accounts.computeIfAbsent(contact.accountId(), id -> host.findAccount(id).orElse(null)) : null;
            Map<String, PastExecution> past = history.getOrDefault(row.id(), Map.of());
            ContactFacts facts = new ContactFacts(contact, account, past, sequence.steps());
            EffectGate gate = new EffectGate(contact,
                    unsubscribed.contains(AdmissionRules.normaliseEmail(contact.email())), budget);
            Plan plan = sequence.type() == SequenceType.CLASSIC
                    ? StepPlanner.classic(sequence.steps(), sequence.schedule().excludeWeekends(), run.runDate(),
                    row.dayOne(), past, facts, gate)
                    : StepPlanner.smart(sequence.steps(), run.runDate(), row.dayOne(), past, facts, gate);
            for (Decision decision : plan.decisions()) {
                writes.add(run, row, contact, decision, past.get(decision.step().id()), dueAt(run, plan, decision));
            }
            writes.progress.add(new EnrollmentProgress(row.id(), plan.dayOne(), plan.nextPosition(),
                    plan.nextDue() == null ? null : sequence.schedule().at(plan.nextDue()), plan.stepsDone(), run.runAt()));
        }
        executions.insert(writes.inserts);
        executions.updateDeferred(writes.deferredUpdates);
        outbox.add(writes.effects);
        enrollments.progress(writes.progress);
        if (!writes.effects.isEmpty()) {
            queued.fire(new OutboxQueued(writes.effects.size()));
        }
        return writes.counts();
    }

    /** The rows one chunk writes, collected so each table gets one batch. */
    private final class Writes {
        final List<ExecutionRecord> inserts = new ArrayList<>();
        final List<ExecutionRecord> deferredUpdates = new ArrayList<>();
        final List<OutboxEntry> effects = new ArrayList<>();
        final List<EnrollmentProgress> progress = new ArrayList<>();
        int executed;
        int skipped;
        int deferred;

        void add(RunContext run, EnrollmentRow row, HostContact contact, Decision decision, PastExecution earlier,
                 Instant dueAt) {
            CompiledStep step = decision.step();
            CompiledSequence sequence = run.sequence();
            // A step deferred by an earlier run keeps its row: there is one execution per (enrollment, step).
            String id = earlier != null ? earlier.executionId() : Ids.newId();
            ExecutionRecord record = new ExecutionRecord(id, row.id(), sequence.id(), step.id(), step.type(),
                    step.position(), contact.id(), sequence.ownerId(), decision.status(), decision.reason(), run.runId(),
                    run.runAt());
            (earlier != null ? deferredUpdates : inserts).add(record);
            switch (decision.status()) {
                case EXECUTED -> {
                    executed++;
                    effects.add(new OutboxEntry(Ids.newId(), effectOf(step), id, contact.id(),
                            json.write(new StepEffect(step.definition(), dueAt)), 0, run.runAt()));
                }
                case SKIPPED -> skipped++;
                case DEFERRED -> deferred++;
                default -> throw new IllegalStateException("a run does not decide " + decision.status());
            }
        }

        ExecutionCounts counts() {
            return new ExecutionCounts(executed, skipped, deferred);
        }
    }

    /** When a step was due: its day at the sequence's time (classic), or this run's date at that time (smart). */
    private static Instant dueAt(RunContext run, Plan plan, Decision decision) {
        CompiledSequence sequence = run.sequence();
        LocalDate date = sequence.type() == SequenceType.CLASSIC
                ? StepDays.dueDate(plan.dayOne(), decision.step().day(), sequence.schedule().excludeWeekends())
                : run.runDate();
        return sequence.schedule().at(date);
    }

    static OutboxKind effectOf(CompiledStep step) {
        return switch (step.type()) {
            case EMAIL -> OutboxKind.EMAIL;
            case EMAIL_REMINDER -> OutboxKind.EMAIL_REMINDER;
            case FOLLOW_UP, CALL_REMINDER -> OutboxKind.TASK;
            case SMS -> OutboxKind.SMS;
        };
    }
}
