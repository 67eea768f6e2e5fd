package org.salessequences.application.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.mail.EmailChannel;
import org.salessequences.application.mail.RenderedEmail;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.shared.Ids;

/**
 * Renders the email of an EMAIL_REMINDER step execution into a reminder the rep reviews, edits and sends; the
 * contact waits on the step until then.
 */
@ApplicationScoped
public class EmailReminderEffect implements Effect {

    @Inject
    StepEffects stepEffects;
    @Inject
    EmailChannel channel;
    @Inject
    EmailEffect email;
    @Inject
    EffectLedger ledger;

    @Override
    public OutboxKind kind() {
        return OutboxKind.EMAIL_REMINDER;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        ExecutionRef execution = stepEffects.execution(entry);
        StepEffect effect = stepEffects.payload(entry);
        StepDefinition step = effect.step();
        RenderedEmail rendered = channel.render(email.request(execution, step.email(), null, null));
        ledger.reminderCreated(entry, Reminder.email(Ids.newId(), execution.ownerId(), execution.contactId(),
                execution.sequenceId(), execution.stepId(), execution.enrollmentId(), execution.id(), effect.dueAt(),
                rendered.subject(), rendered.body()));
    }
}
