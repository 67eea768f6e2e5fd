package org.salessequences.application.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.salessequences.domain.model.inbound.Suppressions;
import org.salessequences.domain.model.enrollment.AdmissionRules;
import org.salessequences.domain.model.enrollment.DueCursor;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentProgress;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.enrollment.ExitReason;
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
import org.salessequences.domain.model.schedule.RecipientZones;
import org.salessequences.domain.model.schedule.RunSchedule;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.domain.model.shared.StoredDocuments;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostCallBudgetException;
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
    /**
     * With recipient time zones, a contact enrolled this long after its local time of the day still has that day as
     * day 1: the run that enrolled it started then (a scheduled run starts seconds after its time). Enrolled later,
     * its day 1 is its next local run day, so that its first email, too, arrives at its local time.
     */
    static final Duration SAME_MOMENT = Duration.ofMinutes(5);

    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    ExecutionRepository executions;
    @Inject
    OutboxRepository outbox;
    @Inject
    UnsubscribeRepository unsubscribes;
    @Inject
    Suppressions suppressions;
    @Inject
    HostCrm host;
    @Inject
    StoredDocuments json;
    @Inject
    Event<OutboxQueued> queued;
    @Inject
    SequenceGuardrails guardrails;
    @Inject
    @ConfigProperty(name = "sequences.limits.emails-per-user-per-day")
    long emailsPerDay;

    public List<EnrollmentRow> due(RunContext run, String afterId, int limit) {
        CompiledSequence sequence = run.sequence();
        return enrollments.due(sequence.id(), run.runAt(), sequence.type() == SequenceType.SMART, afterId, limit);
    }

    /** The due enrollments of a recipient-time-zone sequence, after {@code after} (see {@link DueCursor}). */
    public List<EnrollmentRow> dueByTime(RunContext run, DueCursor after, int limit) {
        return enrollments.dueByTime(run.sequence().id(), run.runAt(), after, limit);
    }

    public ExecutionCounts execute(RunContext run, List<EnrollmentRow> chunk) {
        CompiledSequence sequence = run.sequence();
        // With weekends (or holidays) excluded nothing runs on them, even when a run is started by hand; with recipient
        // time zones that is a question of each contact's own date.
        if (chunk.isEmpty() || (!sequence.recipientTimezone() && !sequence.schedule().isRunDay(run.runDate()))) {
            return ExecutionCounts.NONE;
        }
        if (sequence.steps().stream().anyMatch(step -> step.type().isEmail())
                && guardrails.checkDuringRun(sequence.id(), run.runAt()).isPresent()) {
            // Its recent emails bounced or drew complaints past its guardrails: it is paused and executes nothing more.
            return ExecutionCounts.NONE;
        }
        Map<String, HostContact> contacts = new HashMap<>();
        try {
            host.findContacts(chunk.stream().map(EnrollmentRow::contactId).toList())
                    .forEach(contact -> contacts.put(contact.id(), contact));
        } catch (HostCallBudgetException e) {
            // The hour's host calls are spent: nothing of the chunk is decided, so each of its steps is due again at
            // the next run (counted as deferred on this one) instead of failing the run.
            LOG.warning(() -> LogId.RUN_CHUNK_DEFERRED + " run " + run.runId() + " defers " + chunk.size()
                    + " enrollments of sequence " + sequence.id() + " (HOST_CALL_BUDGET): " + e.getMessage());
            return ExecutionCounts.hostCallsSpent(chunk.size());
        }
        Map<String, Map<String, PastExecution>> history =
                executions.history(chunk.stream().map(EnrollmentRow::id).toList());
        Set<String> unsubscribed = unsubscribes.among(contacts.values().stream()
                .map(contact -> AdmissionRules.normaliseEmail(contact.email())).filter(email -> email != null).toList());
        // Addresses that hard-bounced for this sequence's mailbox: no sequence of the mailbox emails them again.
        Set<String> suppressed = suppressions.among(sequence.ownerId(), contacts.values().stream()
                .map(contact -> AdmissionRules.normaliseEmail(contact.email())).filter(email -> email != null).toList());
        Instant dayStart = run.runDate().atStartOfDay(sequence.schedule().zone()).toInstant();
        Instant dayEnd = run.runDate().plusDays(1).atStartOfDay(sequence.schedule().zone()).toInstant();
        EffectGate.DailyEmailBudget budget = new EffectGate.DailyEmailBudget(
                () -> emailsPerDay - executions.countEmails(sequence.ownerId(), dayStart, dayEnd));
        boolean readsAccount = sequence.steps().stream().flatMap(step -> step.conditions().conditions().stream())
                .anyMatch(c -> c.field().scope() == FieldScope.ACCOUNT || c.field().scope() == FieldScope.ACCOUNT_CUSTOM)
                || run.contactsOnly() && sequence.exitConditions().conditions().stream()
                .anyMatch(c -> c.field().scope() == FieldScope.ACCOUNT || c.field().scope() == FieldScope.ACCOUNT_CUSTOM);
        Map<String, HostAccount> accounts = new HashMap<>();
        DueExits exits = run.contactsOnly() ? new DueExits(sequence, unsubscribed, sequence.exitOnAccountReply()
                ? enrollments.repliedByAccount(sequence.id(), chunk.stream().map(EnrollmentRow::accountId)
                .filter(id -> id != null).distinct().toList()) : Map.of()) : null;
        Map<ExitReason, List<String>> leaving = new EnumMap<>(ExitReason.class);

        Writes writes = new Writes();
        for (EnrollmentRow row : chunk) {
            HostContact contact = contacts.get(row.contactId());
            if (contact == null) {
                // The host no longer has the contact: nothing can be sent; it is looked at again next run.
                LOG.warning(() -> LogId.CONTACT_NOT_IN_HOST + " contact " + row.contactId() + " of enrollment "
                        + row.id() + " is not in the host; its steps wait");
                continue;
            }
            HostAccount account = readsAccount && contact.accountId() != null
                    ? accounts.computeIfAbsent(contact.accountId(), id -> host.findAccount(id).orElse(null)) : null;
            Map<String, PastExecution> past = history.getOrDefault(row.id(), Map.of());
            String email = AdmissionRules.normaliseEmail(contact.email());
            ExitReason exit = email != null && suppressed.contains(email) ? ExitReason.BOUNCED
                    : exits == null ? null : exits.reason(row, email, contact, account, past);
            if (exit != null) {
                leaving.computeIfAbsent(exit, reason -> new ArrayList<>()).add(row.id());
                continue;
            }
            // The contact's own zone with recipient time zones: its date, its time of day, its weekends and holidays.
            RunSchedule schedule = sequence.scheduleFor(RecipientZones.of(contact.timezone()));
            LocalDate runDate = sequence.recipientTimezone() ? schedule.runDateAt(run.runAt()) : run.runDate();
            boolean enrolledAfterItsTime = sequence.recipientTimezone() && runDate != null && row.dayOne() == null
                    && row.enrolledAt() != null && schedule.at(runDate).plus(SAME_MOMENT).isBefore(row.enrolledAt());
            if (runDate == null || enrolledAfterItsTime) {
                // Not the contact's time yet (or a day off where it is), or a new enrollment made after its local time
                // of today: day 1 is its next local run day, at its time there.
                writes.progress.add(new EnrollmentProgress(row.id(), row.dayOne(), row.currentStepPosition(),
                        schedule.nextRun(enrolledAfterItsTime ? row.enrolledAt() : run.runAt(), null), false,
                        run.runAt()));
                continue;
            }
            ContactFacts facts = new ContactFacts(contact, account, past, sequence.steps());
            EffectGate gate = new EffectGate(contact, unsubscribed.contains(email), budget);
            Plan plan = sequence.type() == SequenceType.CLASSIC
                    ? StepPlanner.classic(sequence.steps(), schedule, runDate, row.dayOne(), past, facts, gate)
                    : StepPlanner.smart(sequence.steps(), runDate, row.dayOne(), past, facts, gate);
            for (Decision decision : plan.decisions()) {
                writes.add(run, row, contact, decision, past.get(decision.step().id()),
                        dueAt(sequence, schedule, plan, decision, runDate));
            }
            writes.progress.add(new EnrollmentProgress(row.id(), plan.dayOne(), plan.nextPosition(),
                    plan.nextDue() == null ? null : schedule.at(plan.nextDue()), plan.stepsDone(), run.runAt()));
        }
        int exited = 0;
        for (Map.Entry<ExitReason, List<String>> exit : leaving.entrySet()) {
            exited += enrollments.exit(exit.getValue(), exit.getKey(), run.runAt());
        }
        writes.exited = exited;
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
        int exited;

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
            return new ExecutionCounts(executed, skipped, deferred, exited);
        }
    }

    /**
     * When a step was due: its day at the schedule's time (classic; in the contact's zone with recipient time zones),
     * or this run's date at that time (smart).
     */
    private static Instant dueAt(CompiledSequence sequence, RunSchedule schedule, Plan plan, Decision decision,
                                 LocalDate runDate) {
        LocalDate date = sequence.type() == SequenceType.CLASSIC
                ? schedule.stepDate(plan.dayOne(), decision.step().day()) : runDate;
        return schedule.at(date);
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
