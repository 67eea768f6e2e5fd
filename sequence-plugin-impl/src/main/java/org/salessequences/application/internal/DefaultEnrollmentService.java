package org.salessequences.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.engine.SequenceAssembler;
import org.salessequences.api.enrollment.EnrollmentOutcome;
import org.salessequences.api.enrollment.EnrollmentRequest;
import org.salessequences.api.enrollment.EnrollmentSkip;
import org.salessequences.api.enrollment.EnrollmentView;
import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.application.Caller;
import org.salessequences.application.ConflictException;
import org.salessequences.application.EnrollmentService;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.ValidationException;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.contact.ContactVisibility;
import org.salessequences.domain.model.enrollment.AdmissionRules;
import org.salessequences.domain.model.enrollment.Enrollment;
import org.salessequences.domain.model.enrollment.EnrollmentRepository;
import org.salessequences.domain.model.enrollment.EnrollmentSource;
import org.salessequences.domain.model.enrollment.EnrollmentStateException;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordType;

@ApplicationScoped
@Transactional
public class DefaultEnrollmentService implements EnrollmentService {

    /** Ids per manual enrollment request: a person picks records, a bulk load goes through the audience. */
    static final int MAX_IDS = 500;
    /** Enrollments and skips listed in an outcome; the counts cover them all. */
    static final int OUTCOME_ITEMS = 100;
    private static final int HOST_PAGE = 200;

    @Inject
    SequenceRepository sequences;
    @Inject
    EnrollmentRepository enrollments;
    @Inject
    HostCrm host;
    @Inject
    Clock clock;
    @Inject
    SequenceAssembler assembler;
    @Inject
    ContactVisibility visibility;

    @Override
    public EnrollmentOutcome enroll(Caller caller, String sequenceId, EnrollmentRequest request) {
        Sequence sequence = visibleSequence(caller, sequenceId);
        List<String> ids = validIds(request);
        RecordType recordType = RecordType.valueOf(request.recordType());
        Map<String, HostContact> contacts = new LinkedHashMap<>();
        Violations unknown = new Violations();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String path = Violations.item("ids", i);
            if (recordType == RecordType.CONTACT) {
                // Another user's contact answers as one that does not exist, as it does when read.
                host.findContact(id).filter(contact -> caller.canReach(visibility, contact.ownerId()))
                        .ifPresentOrElse(contact -> contacts.putIfAbsent(contact.id(), contact),
                                () -> unknown.add(path, "no contact " + id + " in the host"));
            } else if (host.findAccount(id).isEmpty()) {
                unknown.add(path, "no account " + id + " in the host");
            }
        }
        unknown.throwIfAny();

        Outcome outcome = new Outcome();
        boolean preventDuplicates = preventsDuplicateEmails(sequence);
        Consumer<HostContact> admit = contact -> admit(caller, sequence, contact, preventDuplicates, outcome);
        if (recordType == RecordType.CONTACT) {
            contacts.values().forEach(admit);
        } else {
            ids.stream().distinct().forEach(accountId -> eachContactOf(accountId, admit));
        }
        if (outcome.enrolled > 0) {
            // With recipient time zones the new enrollments are planned in their contacts' zones at once.
            sequences.wakeForContacts(sequence.id(), clock.instant());
        }
        return new EnrollmentOutcome(outcome.enrolled, outcome.skipped, outcome.enrollments, outcome.skips);
    }

    private void admit(Caller caller, Sequence sequence, HostContact contact, boolean preventDuplicates,
                       Outcome outcome) {
        if (!caller.canReach(visibility, contact.ownerId())) {
            outcome.skip(new EnrollmentSkip(contact.id(), AdmissionRules.Refusal.OWNED_BY_ANOTHER_USER.name()));
            return;
        }
        Optional<AdmissionRules.Refusal> refusal = AdmissionRules.check(enrollments, sequence.id(), contact.id(),
                contact.email(), preventDuplicates, sequence.exclusive());
        if (refusal.isPresent()) {
            outcome.skip(new EnrollmentSkip(contact.id(), refusal.get().name()));
            return;
        }
        Enrollment enrollment = new Enrollment(Ids.newId(), sequence.id(), contact.id(), contact.accountId(),
                AdmissionRules.normaliseEmail(contact.email()), EnrollmentSource.MANUAL, caller.userId(), clock.instant());
        enrollments.add(enrollment);
        outcome.enroll(view(enrollment, sequence));
    }

    private void eachContactOf(String accountId, Consumer<HostContact> action) {
        String cursor = null;
        do {
            Page<HostContact> page = host.contactsOfAccount(accountId, cursor, HOST_PAGE);
            page.items().forEach(action);
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private static List<String> validIds(EnrollmentRequest request) {
        Violations violations = new Violations();
        if (request == null) {
            throw ValidationException.of("", "a body with recordType and ids is required");
        }
        if (request.recordType() == null
                || !List.of(RecordType.CONTACT.name(), RecordType.ACCOUNT.name()).contains(request.recordType())) {
            violations.add("recordType", "must be CONTACT or ACCOUNT");
        }
        List<String> ids = request.ids() == null ? List.of() : request.ids();
        if (ids.isEmpty()) {
            violations.add("ids", "must list at least one id");
        } else if (ids.size() > MAX_IDS) {
            violations.add("ids", "must list at most " + MAX_IDS + " ids; enroll more through the audience");
        }
        for (int i = 0; i < ids.size() && ids.size() <= MAX_IDS; i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) {
                violations.add(Violations.item("ids", i), "must not be blank");
            }
        }
        violations.throwIfAny();
        return ids.stream().map(String::strip).toList();
    }

    @Override
    public List<EnrollmentView> list(Caller caller, String sequenceId, String status, int page, int size) {
        Sequence sequence = visibleSequence(caller, sequenceId);
        return enrollments.list(sequenceId, status(status), page * size, size).stream()
                .map(enrollment -> view(enrollment, sequence)).toList();
    }

    @Override
    public long count(Caller caller, String sequenceId, String status) {
        visibleSequence(caller, sequenceId);
        return enrollments.count(sequenceId, status(status));
    }

    @Override
    public EnrollmentView pause(Caller caller, String enrollmentId) {
        return change(caller, enrollmentId, (enrollment, at) -> enrollment.pause(at));
    }

    @Override
    public EnrollmentView resume(Caller caller, String enrollmentId) {
        return change(caller, enrollmentId, (enrollment, at) -> {
            enrollment.resume(at);
            sequences.wakeForContacts(enrollment.sequenceId(), at);
        });
    }

    @Override
    public EnrollmentView remove(Caller caller, String enrollmentId) {
        return change(caller, enrollmentId, (enrollment, at) -> enrollment.exit(ExitReason.REMOVED, at));
    }

    @Override
    public List<EnrollmentView> forContact(Caller caller, String contactId, int page, int size) {
        Map<String, Sequence> names = new LinkedHashMap<>();
        return enrollments.listForContact(contactId, scope(caller), page * size, size).stream()
                .map(enrollment -> view(enrollment, names.computeIfAbsent(enrollment.sequenceId(),
                        id -> sequences.find(id).orElseThrow()))).toList();
    }

    @Override
    public long countForContact(Caller caller, String contactId) {
        return enrollments.countForContact(contactId, scope(caller));
    }

    private interface Change {
        void apply(Enrollment enrollment, Instant at);
    }

    private EnrollmentView change(Caller caller, String enrollmentId, Change change) {
        Enrollment enrollment = enrollments.find(enrollmentId)
                .orElseThrow(() -> new NotFoundException("enrollment", enrollmentId));
        Sequence sequence = sequences.find(enrollment.sequenceId()).filter(s -> caller.canSee(s.ownerId()))
                .orElseThrow(() -> new NotFoundException("enrollment", enrollmentId));
        try {
            change.apply(enrollment, clock.instant());
        } catch (EnrollmentStateException e) {
            throw new ConflictException(e.getMessage());
        }
        return view(enrollment, sequence);
    }

    private Sequence visibleSequence(Caller caller, String sequenceId) {
        return sequences.find(sequenceId).filter(sequence -> caller.canSee(sequence.ownerId()))
                .orElseThrow(() -> new NotFoundException("sequence", sequenceId));
    }

    private boolean preventsDuplicateEmails(Sequence sequence) {
        AudienceDefinition audience = assembler.storedAudience(sequence);
        return audience == null || !Boolean.FALSE.equals(audience.preventDuplicateEmails());
    }

    private static String scope(Caller caller) {
        return caller.isAdmin() ? null : caller.userId();
    }

    private static EnrollmentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return EnrollmentStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "must be ACTIVE, PAUSED, COMPLETED or EXITED");
        }
    }

    static EnrollmentView view(Enrollment enrollment, Sequence sequence) {
        return new EnrollmentView(enrollment.id(), enrollment.sequenceId(), sequence.name(), enrollment.contactId(),
                enrollment.accountId(), enrollment.status().name(),
                enrollment.exitReason() == null ? null : enrollment.exitReason().name(), enrollment.source().name(),
                enrollment.currentStepPosition(), SequenceAssembler.time(enrollment.nextStepAt()),
                SequenceAssembler.time(enrollment.enrolledAt()), SequenceAssembler.time(enrollment.endedAt()),
                enrollment.status() == EnrollmentStatus.PAUSED && enrollment.pauseReason() != null
                        ? enrollment.pauseReason().name() : null, SequenceAssembler.time(enrollment.resumesAt()));
    }

    /** Counts everything, keeps the first few of each for the answer. */
    private static final class Outcome {
        int enrolled;
        int skipped;
        final List<EnrollmentView> enrollments = new ArrayList<>();
        final List<EnrollmentSkip> skips = new ArrayList<>();

        void enroll(EnrollmentView view) {
            enrolled++;
            if (enrollments.size() < OUTCOME_ITEMS) {
                enrollments.add(view);
            }
        }

        void skip(EnrollmentSkip skip) {
            skipped++;
            if (skips.size() < OUTCOME_ITEMS) {
                skips.add(skip);
            }
        }
    }
}
