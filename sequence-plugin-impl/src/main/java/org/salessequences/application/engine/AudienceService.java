package org.salessequences.application.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.domain.model.contact.ContactVisibility;
import org.salessequences.domain.model.enrollment.AdmissionRules;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentSource;
import org.salessequences.domain.model.enrollment.NewEnrollment;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostCrm;

/**
 * The enroll stage: re-checks the entry conditions of each candidate the audience brings and enrolls the new
 * ones the sequence's owner may reach ({@link ContactVisibility}), one chunk at a time with set-based checks (ever
 * enrolled, email already in, active in another exclusive sequence) and one batched insert, never more in a day than
 * the audience's {@code dailyEnrollmentLimit}.
 */
@ApplicationScoped
@Transactional
public class AudienceService {

    @Inject
    HostCrm host;
    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    ContactVisibility visibility;

    public AudienceWalk walk(CompiledSequence sequence, AudienceWalk.Position from, int pageSize) {
        return new AudienceWalk(host, sequence, from, pageSize);
    }

    /** Enrolls the candidates that qualify; returns how many were enrolled. */
    public int admit(RunContext run, List<Candidate> candidates) {
        CompiledSequence sequence = run.sequence();
        Map<String, Candidate> byContact = new LinkedHashMap<>();
        Map<String, HostAccount> accounts = new HashMap<>();
        boolean readsAccount = sequence.entryConditions().conditions().stream().anyMatch(condition ->
                condition.field().scope() == FieldScope.ACCOUNT || condition.field().scope() == FieldScope.ACCOUNT_CUSTOM);
        for (Candidate candidate : candidates) {
            // The owner's sequence reaches the contacts the owner may reach; the contact carries its owner, so the
            // check costs no query. (The run has no caller: an admin's sequence is held to the same rule.)
            if (!visibility.reaches(sequence.ownerId(), candidate.contact().ownerId())) {
                continue;
            }
            HostAccount account = null;
            String accountId = candidate.accountId() != null ? candidate.accountId() : candidate.contact().accountId();
            if (readsAccount && accountId != null) {
                account = accounts.computeIfAbsent(accountId, id -> host.findAccount(id).orElse(null));
            }
            // Hosts may list a superset of the filter; the conditions are always checked here.
            if (ConditionEvaluator.matches(sequence.entryConditions(), ContactFacts.of(candidate.contact(), account))) {
                byContact.putIfAbsent(candidate.contact().id(), candidate);
            }
        }
        if (byContact.isEmpty()) {
            return 0;
        }
        Set<String> enrolled = enrollments.enrolledContacts(sequence.id(), byContact.keySet());
        Set<String> inExclusive = sequence.exclusive()
                ? enrollments.inOtherExclusiveSequences(sequence.id(), byContact.keySet()) : Set.of();
        Map<String, Candidate> byEmail = new LinkedHashMap<>();
        List<Candidate> admitted = new ArrayList<>();
        for (Candidate candidate : byContact.values()) {
            String contactId = candidate.contact().id();
            if (enrolled.contains(contactId) || inExclusive.contains(contactId)) {
                continue;
            }
            String email = AdmissionRules.normaliseEmail(candidate.contact().email());
            if (sequence.preventDuplicateEmails() && email != null) {
                if (byEmail.putIfAbsent(email, candidate) == null) {
                    admitted.add(candidate);
                }
            } else {
                admitted.add(candidate);
            }
        }
        if (sequence.preventDuplicateEmails() && !byEmail.isEmpty()) {
            Set<String> taken = enrollments.enrolledEmails(sequence.id(), byEmail.keySet());
            admitted.removeIf(candidate -> taken.contains(AdmissionRules.normaliseEmail(candidate.contact().email())));
        }
        if (sequence.dailyEnrollmentLimit() != null && !admitted.isEmpty()) {
            // The ramp: at most so many audience enrollments on the run's date (in the sequence's zone); the rest come in
            // at later runs, in the audience's order, since the walk meets them first again.
            Instant dayStart = run.runDate().atStartOfDay(sequence.schedule().zone()).toInstant();
            Instant dayEnd = run.runDate().plusDays(1).atStartOfDay(sequence.schedule().zone()).toInstant();
            long room = sequence.dailyEnrollmentLimit()
                    - enrollments.countAudienceEnrollments(sequence.id(), dayStart, dayEnd);
            admitted = admitted.subList(0, (int) Math.max(0, Math.min(room, admitted.size())));
        }
        List<NewEnrollment> inserts = admitted.stream().map(candidate -> new NewEnrollment(Ids.newId(), sequence.id(),
                candidate.contact().id(), candidate.accountId() != null ? candidate.accountId()
                : candidate.contact().accountId(), AdmissionRules.normaliseEmail(candidate.contact().email()),
                EnrollmentSource.AUDIENCE, null, run.runAt())).toList();
        enrollments.insert(inserts);
        return inserts.size();
    }
}
