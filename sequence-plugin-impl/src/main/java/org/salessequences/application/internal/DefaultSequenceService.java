package org.salessequences.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.application.engine.SequenceAssembler;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.SequenceVersionView;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.Caller;
import org.salessequences.application.ConflictException;
import org.salessequences.application.LimitExceededException;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.SequenceService;
import org.salessequences.application.TemplateChecker;
import org.salessequences.application.ValidationException;
import org.salessequences.application.engine.SequenceCompiler;
import org.salessequences.application.validation.SequenceValidator;
import org.salessequences.domain.model.enrollment.EnrollmentRepository;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.domain.model.mailbox.SenderAddresses;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.domain.model.schedule.PublicHolidays;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.sequence.SequenceVersion;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.domain.model.shared.StoredDocuments;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.SavedView;

@ApplicationScoped
@Transactional
public class DefaultSequenceService implements SequenceService {

    @Inject
    SequenceRepository sequences;
    @Inject
    EnrollmentRepository enrollments;
    @Inject
    SequenceAssembler assembler;
    @Inject
    StoredDocuments json;
    @Inject
    Clock clock;
    @Inject
    TemplateChecker templates;
    @Inject
    HostCrm host;
    @Inject
    MailboxRepository mailboxes;
    @Inject
    SenderAddresses senderAddresses;
    @Inject
    SequenceCompiler compiler;
    @Inject
    OutboxRepository outbox;
    @Inject
    PublicHolidays publicHolidays;
    @Inject
    @ConfigProperty(name = "sequences.limits.sequences-per-user")
    int sequencesPerUser;

    @Override
    public SequenceDefinition create(Caller caller, SequenceDefinition definition) {
        SequenceDefinition valid = SequenceValidator.validate(definition, context(Map.of(), caller.userId()));
        if (!sequences.reserveSlot(caller.userId(), sequencesPerUser)) {
            throw new LimitExceededException("you already own " + sequencesPerUser + " sequences, the most allowed "
                    + "(sequences.limits.sequences-per-user); delete one before creating another");
        }
        Instant now = clock.instant();
        Sequence sequence = new Sequence(Ids.newId(), caller.userId(), now);
        apply(sequence, valid, now);
        sequences.add(sequence);
        List<SequenceStep> steps = new ArrayList<>();
        for (StepDefinition step : valid.steps()) {
            steps.add(newStep(sequence, step, now));
        }
        SequenceDefinition saved = assembler.sequence(sequence, steps);
        saveVersion(sequence, caller, now, List.of("created"), saved);
        return saved;
    }

    @Override
    public SequenceDefinition get(Caller caller, String id) {
        Sequence sequence = visible(caller, id);
        return assembler.sequence(sequence, sequences.steps(id));
    }

    @Override
    public SequenceDefinition update(Caller caller, String id, SequenceDefinition definition) {
        Sequence sequence = visible(caller, id);
        if (definition != null && definition.version() != null && definition.version() != sequence.version()) {
            throw new ConflictException("sequence " + id + " was saved as version " + sequence.version()
                    + " since version " + definition.version() + " was read; reload it and edit again");
        }
        List<SequenceStep> current = sequences.steps(id);
        Map<String, StepType> currentTypes = new HashMap<>();
        current.forEach(step -> currentTypes.put(step.id(), step.type()));
        SequenceDefinition valid = SequenceValidator.validate(definition, context(currentTypes, sequence.ownerId()));

        SequenceDefinition before = assembler.sequence(sequence, current);
        Instant now = clock.instant();
        Map<String, SequenceStep> byId = new HashMap<>();
        current.forEach(step -> byId.put(step.id(), step));
        List<SequenceStep> steps = new ArrayList<>();
        for (StepDefinition step : valid.steps()) {
            SequenceStep existing = step.id() == null ? null : byId.remove(step.id());
            if (existing == null) {
                steps.add(newStep(sequence, step, now));
            } else {
                existing.define(step.position(), step.day(), assembler.stepDocument(step), now);
                steps.add(existing);
            }
        }
        byId.values().forEach(removed -> removed.remove(now));
        apply(sequence, valid, now);
        SequenceDefinition after = assembler.sequence(sequence, steps);
        List<String> changes = DefinitionDiff.changes(json.tree(before), json.tree(after));
        if (changes.isEmpty()) {
            // Nothing changed: the version stays, so saving twice does not fill the history with copies.
            sequence.restoreVersion(before.version(), before.updatedAt().toInstant());
            return before;
        }
        if (changes.stream().anyMatch(change -> change.startsWith("steps") || change.startsWith("schedule"))) {
            // Edits to steps and to the schedule (its time, holidays, time zone mode) apply from the next run on: every
            // active enrollment is planned again then.
            sequences.replanEnrollments(id);
            sequences.wakeForContacts(id, now);
        }
        saveVersion(sequence, caller, now, changes, after);
        return after;
    }

    @Override
    public void delete(Caller caller, String id) {
        Sequence sequence = visible(caller, id);
        Instant now = clock.instant();
        sequence.delete(now);
        sequences.releaseSlot(sequence.ownerId());
        enrollments.exitAll(id, ExitReason.REMOVED, now);
    }

    @Override
    public List<SequenceDefinition> list(Caller caller, String status, int page, int size) {
        return sequences.list(scope(caller), status(status), page * size, size).stream()
                .map(sequence -> assembler.sequence(sequence, sequences.steps(sequence.id()))).toList();
    }

    @Override
    public long count(Caller caller, String status) {
        return sequences.count(scope(caller), status(status));
    }

    @Override
    public List<SequenceVersionView> versions(Caller caller, String id, int page, int size) {
        visible(caller, id);
        return sequences.versions(id, page * size, size).stream().map(this::versionView).toList();
    }

    @Override
    public long countVersions(Caller caller, String id) {
        visible(caller, id);
        return sequences.countVersions(id);
    }

    private SequenceVersionView versionView(SequenceVersion version) {
        @SuppressWarnings("unchecked")
        List<String> changes = json.read(version.changes(), List.class);
        return new SequenceVersionView(version.version(), version.changedBy(),
                SequenceAssembler.time(version.changedAt()), changes,
                json.read(version.snapshot(), SequenceDefinition.class));
    }

    private Sequence visible(Caller caller, String id) {
        return sequences.find(id).filter(sequence -> caller.canSee(sequence.ownerId()))
                .orElseThrow(() -> new NotFoundException("sequence", id));
    }

    private static String scope(Caller caller) {
        return caller.isAdmin() ? null : caller.userId();
    }

    private static SequenceStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return SequenceStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "must be DRAFT, ACTIVE or PAUSED");
        }
    }

    /** For a sequence of {@code ownerId}: its emails may come from the owner's mailbox address (an admin's edit too). */
    private SequenceValidator.Context context(Map<String, StepType> currentSteps, String ownerId) {
        String ownAddress = mailboxes.find(ownerId).map(Mailbox::fromAddress).orElse(null);
        return new SequenceValidator.Context(currentSteps, this::savedView, templates,
                address -> senderAddresses.allows(address, ownAddress), publicHolidays::supports);
    }

    private Optional<SavedView> savedView(String id) {
        return host.savedViews().stream().filter(view -> view.id().equals(id)).findFirst();
    }

    private void apply(Sequence sequence, SequenceDefinition valid, Instant now) {
        String scheduleBefore = scheduleKey(sequence) + "|" + holidaysOf(sequence);
        boolean wasPaused = sequence.status() == SequenceStatus.PAUSED;
        sequence.define(valid.name(), SequenceType.valueOf(valid.type()), SequenceStatus.valueOf(valid.status()),
                valid.exclusive(), valid.schedule().time(), valid.schedule().timezone(),
                valid.schedule().excludeWeekends(), valid.schedule().intervalDays(),
                assembler.sequenceDocument(valid), now);
        sequence.statusSetByPerson(now);
        if (wasPaused && sequence.status() == SequenceStatus.ACTIVE) {
            // Resumed: the emails the pause held in the outbox go out now.
            outbox.releaseHeldEmails(sequence.id(), now);
        }
        sequence.sendInRecipientTimezone(Boolean.TRUE.equals(valid.schedule().recipientTimezone()), now);
        if (sequence.status() != SequenceStatus.ACTIVE) {
            sequence.scheduleNextRun(null);
        } else if (sequence.nextRunAt() == null
                || !scheduleBefore.equals(scheduleKey(sequence) + "|" + holidaysOf(sequence))) {
            // Only a changed schedule moves the next run: recomputing it on every save would skip a run that is
            // due but not started yet.
            sequence.scheduleNextRun(compiler.schedule(sequence).nextRun(now, sequence.lastRunDate()));
        }
    }

    /** The holidays a stored sequence skips ("" before it has a definition). */
    private String holidaysOf(Sequence sequence) {
        if (sequence.definition() == null) {
            return "";
        }
        ScheduleDefinition schedule = assembler.storedSchedule(sequence);
        return schedule == null ? "" : String.valueOf(schedule.holidays()) + "|" + schedule.recipientTimezone();
    }

    /** What the next run time depends on. */
    private static String scheduleKey(Sequence sequence) {
        return sequence.status() + "|" + sequence.type() + "|" + sequence.scheduleTime() + "|" + sequence.timezone()
                + "|" + sequence.excludeWeekends() + "|" + sequence.intervalDays();
    }

    private SequenceStep newStep(Sequence sequence, StepDefinition step, Instant now) {
        SequenceStep created = new SequenceStep(Ids.newId(), sequence.id(), StepType.valueOf(step.type()), now);
        created.define(step.position(), step.day(), assembler.stepDocument(step), now);
        sequences.addStep(created);
        return created;
    }

    private void saveVersion(Sequence sequence, Caller caller, Instant now, List<String> changes,
                             SequenceDefinition saved) {
        sequences.addVersion(new SequenceVersion(Ids.newId(), sequence.id(), sequence.version(), caller.userId(), now,
                json.write(changes), json.write(saved)));
    }
}
