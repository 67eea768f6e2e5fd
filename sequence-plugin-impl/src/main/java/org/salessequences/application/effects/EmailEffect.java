package org.salessequences.application.effects;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.application.mail.EmailBatch;
import org.salessequences.application.mail.EmailChannel;
import org.salessequences.application.mail.EmailRequest;
import org.salessequences.application.mail.RecipientUnsubscribedException;
import org.salessequences.application.mail.SentEmail;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.execution.ExecutionStatus;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;

/** Sends the email of an EMAIL step execution, threaded onto the previous email when the step asks. */
@ApplicationScoped
public class EmailEffect implements Effect {

    @Inject
    StepEffects stepEffects;
    static final String REPLY_TO_PREVIOUS = "REPLY_TO_PREVIOUS";

    @Inject
    EmailChannel channel;
    @Inject
    ExecutionRepository executions;
    @Inject
    EffectLedger ledger;
    @Inject
    Clock clock;
    @Inject
    MailboxPacing pacing;

    @Override
    public OutboxKind kind() {
        return OutboxKind.EMAIL;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        ExecutionRef execution = stepEffects.execution(entry);
        send(entry, execution, channel::send, pacing.gateFor(List.of(execution)));
    }

    /** The executions, contacts, accounts, senders and unsubscribes of the batch read at once. */
    @Override
    public Effect readAhead(List<OutboxEntry> entries) {
        Map<String, ExecutionRef> byId = new HashMap<>();
        executions.findAll(entries.stream().map(OutboxEntry::executionId).filter(Objects::nonNull).toList())
                .forEach(execution -> byId.put(execution.id(), execution));
        EmailBatch batch = channel.readAhead(byId.values().stream().map(ExecutionRef::contactId).toList(),
                byId.values().stream().map(ExecutionRef::ownerId).distinct().toList());
        MailboxPacing.Gate gate = pacing.gateFor(byId.values());
        return new Effect() {
            @Override
            public OutboxKind kind() {
                return OutboxKind.EMAIL;
            }

            @Override
            public void perform(OutboxEntry entry) {
                ExecutionRef execution = byId.get(entry.executionId());
                if (execution == null) {
                    execution = stepEffects.execution(entry);
                    send(entry, execution, batch, pacing.gateFor(List.of(execution)));
                } else {
                    send(entry, execution, batch, gate);
                }
            }
        };
    }

    private void send(OutboxEntry entry, ExecutionRef execution, EmailBatch sender, MailboxPacing.Gate gate) {
        EmailSettings settings = stepEffects.payload(entry).step().email();
        Optional<SentEmail> went;
        try {
            went = gate.through(entry, execution, clock::instant, () -> sender.send(request(execution, settings, null, null)));
        } catch (RecipientUnsubscribedException e) {
            // The address unsubscribed between the run and now: the step is skipped, not failed.
            ledger.skipped(entry, ExecutionReason.UNSUBSCRIBED);
            return;
        }
        if (went.isEmpty()) {
            return;
        }
        SentEmail sent = went.get();
        ledger.emailSent(entry, sent.messageId(), sent.subject(), HostUpdate.activity(HostUpdate.NO_REPLY, null, "Email",
                sent.subject(), null, null, execution.ownerId(), clock.instant()));
        if (execution.status() == ExecutionStatus.DEFERRED) {
            ledger.mailboxWaitEnded(execution.enrollmentId(), execution.sequenceId());
        }
    }

    /** The request for an execution's email; threading looks up the enrollment's previous email. */
    public EmailRequest request(ExecutionRef execution, EmailSettings settings, String subjectOverride, String bodyOverride) {
        String inReplyTo = null;
        String previousSubject = null;
        if (REPLY_TO_PREVIOUS.equals(settings.threading())) {
            ExecutionRef previous = executions.previousEmail(execution.enrollmentId(), execution.stepPosition())
                    .orElse(null);
            if (previous != null) {
                inReplyTo = previous.messageId();
                previousSubject = previous.subject();
            }
        }
        return new EmailRequest(execution.id(), execution.ownerId(), execution.contactId(), execution.sequenceId(),
                execution.stepId(), settings, subjectOverride, bodyOverride, inReplyTo, previousSubject);
    }
}
