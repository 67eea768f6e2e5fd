package org.salessequences.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.application.engine.SequenceAssembler;
import org.salessequences.api.reminder.CompleteReminder;
import org.salessequences.api.reminder.ReminderPage;
import org.salessequences.api.reminder.ReminderView;
import org.salessequences.api.reminder.SendReminder;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.application.Caller;
import org.salessequences.application.ConflictException;
import org.salessequences.application.LimitExceededException;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.ReminderService;
import org.salessequences.application.effects.EffectLedger;
import org.salessequences.application.effects.EmailEffect;
import org.salessequences.application.effects.HostUpdate;
import org.salessequences.application.mail.EmailChannel;
import org.salessequences.application.mail.SentEmail;
import org.salessequences.application.validation.SequenceValidator;
import org.salessequences.application.ValidationException;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.reminder.ReminderCount;
import org.salessequences.domain.model.reminder.ReminderCursor;
import org.salessequences.domain.model.reminder.ReminderFilter;
import org.salessequences.domain.model.reminder.ReminderRepository;
import org.salessequences.domain.model.reminder.ReminderStatus;
import org.salessequences.domain.model.reminder.ReminderType;
import org.salessequences.domain.model.reminder.SearchWords;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStep;

@ApplicationScoped
@Transactional
public class DefaultReminderService implements ReminderService {

    /** Outcomes of a completed call; a connected call makes the contact's Last contacted mode "Outgoing call". */
    static final Set<String> CALL_OUTCOMES = Set.of("CONNECTED", "NO_ANSWER", "LEFT_VOICEMAIL", "BUSY", "WRONG_NUMBER");
    static final String DONE = "DONE";
    static final String SENT = "SENT";
    static final int MAX_NOTE = 2000;

    @Inject
    ReminderRepository reminders;
    @Inject
    SequenceRepository sequences;
    @Inject
    ExecutionRepository executions;
    @Inject
    EmailChannel channel;
    @Inject
    EmailEffect emailEffect;
    @Inject
    EffectLedger ledger;
    @Inject
    SequenceAssembler assembler;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "sequences.limits.emails-per-user-per-day")
    long emailsPerDay;

    @Override
    public ReminderPage list(Caller caller, ReminderQuery query) {
        ReminderFilter filter = filter(caller, query);
        ReminderCursor after = null;
        if (query.after() != null && !query.after().isBlank()) {
            after = ReminderCursor.decode(query.after().strip()).orElseThrow(() -> ValidationException.of("after",
                    "not a cursor this server gave (nextCursor of a page)"));
        }
        List<Reminder> page = reminders.search(filter, after, query.page() * query.size(), query.size());
        Map<String, String> names = new HashMap<>();
        List<ReminderView> items = page.stream().map(reminder -> view(reminder, names.computeIfAbsent(
                reminder.sequenceId(), id -> sequences.find(id).map(Sequence::name).orElse(null)))).toList();
        ReminderCount total = reminders.count(filter);
        String next = page.size() == query.size() ? ReminderCursor.after(page.get(page.size() - 1)).encode() : null;
        return new ReminderPage(items, total.value(), total.exact(), next);
    }

    private static ReminderFilter filter(Caller caller, ReminderQuery query) {
        Violations violations = new Violations();
        ReminderType type = constant(ReminderType.class, query.type(), "type", violations);
        ReminderStatus status = constant(ReminderStatus.class, query.status(), "status", violations);
        Instant dueFrom = instant(query.dueFrom(), "dueFrom", violations);
        Instant dueTo = instant(query.dueTo(), "dueTo", violations);
        if (query.owner() != null && !query.owner().isBlank() && !caller.isAdmin()) {
            violations.add("owner", "only admins may list another user's reminders");
        }
        // q without any letter or digit has no words: no text filter, like an empty q.
        List<String> words = SearchWords.of(query.q());
        if (words.size() > ReminderFilter.MAX_WORDS) {
            violations.add("q", "must have at most " + ReminderFilter.MAX_WORDS + " words");
        }
        violations.throwIfAny();
        String owner = caller.isAdmin() ? blankToNull(query.owner()) : caller.userId();
        return new ReminderFilter(owner, type, status, blankToNull(query.sequenceId()), blankToNull(query.contactId()),
                dueFrom, dueTo, words);
    }

    @Override
    public ReminderView get(Caller caller, String id) {
        Reminder reminder = visible(caller, id);
        return view(reminder, sequences.find(reminder.sequenceId()).map(Sequence::name).orElse(null));
    }

    @Override
    public ReminderView send(Caller caller, String id, SendReminder email) {
        Reminder reminder = visible(caller, id);
        if (reminder.type() != ReminderType.EMAIL_REMINDER) {
            throw new ConflictException("reminder " + id + " is a " + reminder.type() + "; complete it instead");
        }
        open(reminder);
        Violations violations = new Violations();
        String subject = text(email == null ? null : email.subject(), "subject", SequenceValidator.MAX_SUBJECT, violations);
        String body = text(email == null ? null : email.body(), "body", SequenceValidator.MAX_BODY, violations);
        violations.throwIfAny();
        Instant now = clock.instant();
        Instant dayStart = now.atOffset(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        if (executions.countEmails(reminder.ownerId(), dayStart, dayStart.plusSeconds(86_400)) >= emailsPerDay) {
            throw new LimitExceededException("you sent " + emailsPerDay + " emails today, the most allowed "
                    + "(sequences.limits.emails-per-user-per-day); the reminder stays open for tomorrow");
        }
        ExecutionRef execution = executions.find(reminder.executionId())
                .orElseThrow(() -> new NotFoundException("step execution", reminder.executionId()));
        SentEmail sent = channel.send(emailEffect.request(execution, settings(reminder), subject, body));
        executions.markSent(execution.id(), sent.messageId(), sent.subject(), now);
        reminder.edit(subject, body);
        reminder.done(SENT, null, now);
        // The contact waited on this step; the next run moves it on.
        sequences.replanEnrollment(reminder.enrollmentId());
        sequences.wakeForContacts(reminder.sequenceId(), clock.instant());
        ledger.queueHostUpdate(reminder.contactId(), HostUpdate.activity(HostUpdate.NO_REPLY, null, "Email",
                sent.subject(), null, null, reminder.ownerId(), now));
        return get(caller, id);
    }

    private EmailSettings settings(Reminder reminder) {
        SequenceStep step = sequences.allSteps(reminder.sequenceId()).stream()
                .filter(candidate -> candidate.id().equals(reminder.stepId())).findFirst()
                .orElseThrow(() -> new NotFoundException("step", reminder.stepId()));
        return assembler.step(step).email();
    }

    @Override
    public ReminderView complete(Caller caller, String id, CompleteReminder completion) {
        Reminder reminder = visible(caller, id);
        if (reminder.type() == ReminderType.EMAIL_REMINDER) {
            throw new ConflictException("reminder " + id + " is an email reminder; send it instead");
        }
        open(reminder);
        boolean call = reminder.type() == ReminderType.CALL_REMINDER;
        String outcome = completion == null || completion.outcome() == null || completion.outcome().isBlank()
                ? (call ? null : DONE) : completion.outcome().strip();
        Violations violations = new Violations();
        if (call && (outcome == null || !CALL_OUTCOMES.contains(outcome))) {
            violations.add("outcome", "a call's outcome is one of " + CALL_OUTCOMES);
        } else if (!call && !DONE.equals(outcome)) {
            violations.add("outcome", "a follow-up's outcome is DONE");
        }
        String note = completion == null ? null : completion.note();
        if (note != null && note.length() > MAX_NOTE) {
            violations.add("note", "must be at most " + MAX_NOTE + " characters");
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        reminder.done(outcome, note, now);
        String mode = call && "CONNECTED".equals(outcome) ? HostUpdate.OUTGOING_CALL : null;
        String type = call ? "Call" : "Task";
        ledger.queueHostUpdate(reminder.contactId(), new HostUpdate(mode, type, type, reminder.title(), note, outcome,
                reminder.ownerId(), now, reminder.hostTaskId()));
        return get(caller, id);
    }

    private Reminder visible(Caller caller, String id) {
        return reminders.find(id).filter(reminder -> caller.canSee(reminder.ownerId()))
                .orElseThrow(() -> new NotFoundException("reminder", id));
    }

    private static void open(Reminder reminder) {
        if (reminder.status() != ReminderStatus.OPEN) {
            throw new ConflictException("reminder " + reminder.id() + " is already done");
        }
    }

    private static String text(String value, String field, int max, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "must not be blank");
            return null;
        }
        if (value.length() > max) {
            violations.add(field, "must be at most " + max + " characters");
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static Instant instant(String value, String field, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(field, "must be a time with offset, e.g. 2026-03-02T09:00:00Z");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ReminderView view(Reminder reminder, String sequenceName) {
        return new ReminderView(reminder.id(), reminder.type().name(), reminder.status().name(),
                SequenceAssembler.time(reminder.dueAt()), reminder.ownerId(), reminder.contactId(),
                reminder.sequenceId(), sequenceName, reminder.stepId(), reminder.subject(), reminder.body(),
                reminder.title(), reminder.note(), reminder.outcome(), reminder.outcomeNote(),
                SequenceAssembler.time(reminder.doneAt()));
    }
}
