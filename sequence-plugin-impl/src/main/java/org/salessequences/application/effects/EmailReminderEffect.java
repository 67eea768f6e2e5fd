package org.salessequences.application.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.EffectException;
import org.salessequences.application.mail.EmailChannel;
import org.salessequences.application.mail.RenderedEmail;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.json.JsonDocuments;

/**
 * Renders the email of an EMAIL_REMINDER step execution into a reminder the rep reviews, edits and sends; the
 * contact waits on the step until then.
 */
@ApplicationScoped
public class EmailReminderEffect implements Effect {

    @Inject
    EmailChannel channel;
    @Inject
    EmailEffect email;
    @Inject
    ExecutionRepository executions;
    @Inject
    EffectLedger ledger;
    @Inject
    JsonDocuments json;

    @Override
    public OutboxKind kind() {
        return OutboxKind.EMAIL_REMINDER;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        ExecutionRef execution = executions.find(entry.executionId())
                .orElseThrow(() -> new EffectException("step execution " + entry.executionId() + " is gone", false));
        StepEffect effect = json.read(entry.payload(), StepEffect.class);
        StepDefinition step = effect.step();
        RenderedEmail rendered = channel.render(email.request(execution, step.email(), null, null));
        ledger.reminderCreated(entry, Reminder.email(Ids.newId(), execution.ownerId(), execution.contactId(),
                execution.sequenceId(), execution.stepId(), execution.enrollmentId(), execution.id(), effect.dueAt(),
                rendered.subject(), rendered.body()));
    }
}
