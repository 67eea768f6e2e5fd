package org.salessequences.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.effects.EffectLedger;
import org.salessequences.application.effects.HostUpdate;
import org.salessequences.application.engine.SequenceCompiler;
import org.salessequences.application.engine.SequenceGuardrails;
import org.salessequences.application.mail.EmailEventService;
import org.salessequences.domain.model.contact.UnsubscribeRepository;
import org.salessequences.domain.model.enrollment.AdmissionRules;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentRepository;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.execution.EmailSignal;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * Records what happened to sent emails on their step executions (each signal once), ends the enrollments the
 * sequence's exit criteria say must end at once, and queues the contact's new Last contacted mode for the host.
 */
@ApplicationScoped
@Transactional
public class DefaultEmailEventService implements EmailEventService {

    private static final Logger LOG = Logger.getLogger(DefaultEmailEventService.class.getName());

    @Inject
    ExecutionRepository executions;
    @Inject
    EnrollmentBatchStore enrollmentStore;
    @Inject
    EnrollmentRepository enrollments;
    @Inject
    SequenceRepository sequences;
    @Inject
    SequenceCompiler compiler;
    @Inject
    UnsubscribeRepository unsubscribes;
    @Inject
    EffectLedger ledger;
    @Inject
    HostCrm host;
    @Inject
    SequenceGuardrails guardrails;

    @Override
    public boolean opened(String executionId, Instant at) {
        return executions.find(executionId).map(execution -> {
            if (executions.signal(executionId, EmailSignal.OPENED, at) && !hasReplied(execution)) {
                ledger.queueHostUpdate(execution.contactId(), HostUpdate.mode(HostUpdate.OPENED_BUT_NO_REPLY, at));
            }
            return true;
        }).orElse(false);
    }

    @Override
    public boolean clicked(String executionId, Instant at) {
        return executions.find(executionId).map(execution -> {
            // Following a link proves the email was opened, even where images (the pixel) were blocked.
            boolean firstOpen = executions.signal(executionId, EmailSignal.OPENED, at);
            boolean firstClick = executions.signal(executionId, EmailSignal.CLICKED, at);
            if ((firstOpen || firstClick) && !hasReplied(execution)) {
                ledger.queueHostUpdate(execution.contactId(), HostUpdate.mode(HostUpdate.OPENED_BUT_NO_REPLY, at));
            }
            return true;
        }).orElse(false);
    }

    @Override
    public boolean replied(List<String> messageIds, Instant at) {
        for (String messageId : messageIds) {
            Optional<ExecutionRef> found = executions.findByMessageId(messageId);
            if (found.isPresent()) {
                ExecutionRef execution = found.get();
                if (executions.signal(execution.id(), EmailSignal.REPLIED, at)) {
                    exitIf(execution, ExitReason.REPLIED, at);
                    exitColleagues(execution, at);
                    ledger.queueHostUpdate(execution.contactId(), HostUpdate.mode(HostUpdate.REPLIED, at));
                }
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean bounced(String messageId, String diagnostic, Instant at) {
        return executions.findByMessageId(messageId).map(execution -> {
            if (executions.signal(execution.id(), EmailSignal.BOUNCED, at)) {
                LOG.info(() -> LogId.EMAIL_BOUNCED + " email of execution " + execution.id() + " bounced: "
                        + diagnostic);
                exitIf(execution, ExitReason.BOUNCED, at);
                guardrails.check(execution.sequenceId(), at);
            }
            return true;
        }).orElse(false);
    }

    @Override
    public boolean unsubscribed(String executionId, Instant at) {
        return executions.find(executionId).map(execution -> {
            executions.signal(executionId, EmailSignal.UNSUBSCRIBED, at);
            String email = enrollments.find(execution.enrollmentId()).map(e -> e.email()).orElse(null);
            if (email == null) {
                email = host.findContact(execution.contactId()).map(HostContact::email).orElse(null);
            }
            unsubscribe(execution.contactId(), email, "LINK", at);
            return true;
        }).orElse(false);
    }

    @Override
    public boolean complained(String executionId, String email, Instant at) {
        Optional<ExecutionRef> execution = executionId == null ? Optional.empty() : executions.find(executionId);
        String address = email;
        if (address == null && execution.isPresent()) {
            address = enrollments.find(execution.get().enrollmentId()).map(e -> e.email()).orElse(null);
        }
        if (address == null) {
            return false;
        }
        execution.ifPresent(found -> executions.signal(found.id(), EmailSignal.UNSUBSCRIBED, at));
        unsubscribe(execution.map(ExecutionRef::contactId).orElse(null), address, UnsubscribeRepository.COMPLAINT, at);
        execution.ifPresent(found -> guardrails.check(found.sequenceId(), at));
        return true;
    }

    @Override
    public boolean unsubscribedAddress(String contactId, String email, Instant at) {
        String address = email;
        String contact = contactId;
        if (address == null && contactId != null) {
            address = host.findContact(contactId).map(HostContact::email).orElse(null);
        }
        if (address == null) {
            return false;
        }
        unsubscribe(contact, address, "EVENT", at);
        return true;
    }

    /** No email from any sequence to this address any more; sequences that exit on unsubscribe end now. */
    private void unsubscribe(String contactId, String email, String source, Instant at) {
        String address = AdmissionRules.normaliseEmail(email);
        if (address == null) {
            return;
        }
        unsubscribes.add(address, contactId, source, at);
        for (EnrollmentBatchStore.LiveEnrollment live : enrollmentStore.liveByEmail(address)) {
            if (compiled(live.sequenceId()).map(CompiledSequence::exitOnUnsubscribe).orElse(false)) {
                enrollmentStore.exit(List.of(live.id()), ExitReason.UNSUBSCRIBED, at);
            }
        }
    }

    private void exitIf(ExecutionRef execution, ExitReason reason, Instant at) {
        Optional<CompiledSequence> sequence = compiled(execution.sequenceId());
        boolean exits = sequence.map(s -> reason == ExitReason.REPLIED ? s.exitOnReply() : s.exitOnBounce())
                .orElse(false);
        if (exits) {
            enrollmentStore.exit(List.of(execution.enrollmentId()), reason, at);
        }
    }

    /** A reply ends the enrollments of the contact's colleagues (same account) where the sequence asks for it. */
    private void exitColleagues(ExecutionRef execution, Instant at) {
        if (compiled(execution.sequenceId()).map(CompiledSequence::exitOnAccountReply).orElse(false)) {
            enrollmentStore.exitAccountReplied(execution.sequenceId(), at);
        }
    }

    private Optional<CompiledSequence> compiled(String sequenceId) {
        return sequences.find(sequenceId).map(sequence -> compiler.compile(sequence, sequences.steps(sequenceId)));
    }

    private boolean hasReplied(ExecutionRef execution) {
        return executions.history(List.of(execution.enrollmentId())).getOrDefault(execution.enrollmentId(),
                java.util.Map.of()).values().stream().anyMatch(past -> past.replied());
    }
}
