package org.salessequences.application.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentRow;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * The exit stage: completes enrollments whose steps are all done and ends those that replied, bounced or
 * unsubscribed (set-based, as the sequence's exit criteria ask), then those whose contact meets the exit
 * conditions (chunk by chunk). Every exit records its reason.
 */
@ApplicationScoped
@Transactional
public class ExitService {

    @Inject
    EnrollmentBatchStore enrollments;
    @Inject
    HostCrm host;

    /**
     * Completions and signal exits; returns how many enrollments ended. A run for the contacts whose local time has
     * come sweeps nothing: it ends the due ones that meet the exit criteria as it executes them ({@link DueExits}).
     */
    public int sweep(RunContext run) {
        CompiledSequence sequence = run.sequence();
        int ended = 0;
        if (run.contactsOnly()) {
            return 0;
        }
        if (sequence.exitOnAccountReply()) {
            ended += enrollments.exitAccountReplied(sequence.id(), run.runAt());
        }
        if (sequence.exitOnReply()) {
            ended += enrollments.exitReplied(sequence.id(), run.runAt());
        }
        if (sequence.exitOnBounce()) {
            ended += enrollments.exitBounced(sequence.id(), run.runAt());
        }
        if (sequence.exitOnUnsubscribe()) {
            ended += enrollments.exitUnsubscribed(sequence.id(), run.runAt());
        }
        if (sequence.completeAfterSteps()) {
            ended += enrollments.completeFinished(sequence.id(), run.runAt());
        }
        return ended;
    }

    /** Ends the enrollments of the chunk whose contact meets the exit conditions; returns how many. */
    public int exitOnConditions(RunContext run, List<EnrollmentRow> chunk) {
        CompiledSequence sequence = run.sequence();
        if (sequence.exitConditions().isEmpty() || chunk.isEmpty()) {
            return 0;
        }
        Map<String, HostContact> contacts = new HashMap<>();
        host.findContacts(chunk.stream().map(EnrollmentRow::contactId).toList())
                .forEach(contact -> contacts.put(contact.id(), contact));
        Map<String, HostAccount> accounts = new HashMap<>();
        List<String> leaving = new ArrayList<>();
        for (EnrollmentRow row : chunk) {
            HostContact contact = contacts.get(row.contactId());
            if (contact == null) {
                continue;
            }
            HostAccount account = contact.accountId() == null ? null
                    : accounts.computeIfAbsent(contact.accountId(), id -> host.findAccount(id).orElse(null));
            if (ConditionEvaluator.matches(sequence.exitConditions(), ContactFacts.of(contact, account))) {
                leaving.add(row.id());
            }
        }
        return leaving.isEmpty() ? 0 : enrollments.exit(leaving, ExitReason.CONDITIONS, run.runAt());
    }

    public List<EnrollmentRow> live(String sequenceId, String afterId, int limit) {
        return enrollments.live(sequenceId, afterId, limit);
    }
}
