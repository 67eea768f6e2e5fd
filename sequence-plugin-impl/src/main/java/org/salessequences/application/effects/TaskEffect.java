package org.salessequences.application.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.EffectException;
import org.salessequences.application.mail.TextTemplates;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.reminder.ReminderType;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostTask;

/**
 * Creates the task of a FOLLOW_UP or CALL_REMINDER step execution for the sequence owner: in the plugin (the
 * activities dashboard lists it) and in the host.
 */
@ApplicationScoped
public class TaskEffect implements Effect {

    @Inject
    StepEffects stepEffects;
    @Inject
    TextTemplates templates;
    @Inject
    HostCrm host;
    @Inject
    EffectLedger ledger;

    @Override
    public OutboxKind kind() {
        return OutboxKind.TASK;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        ExecutionRef execution = stepEffects.execution(entry);
        StepEffect effect = stepEffects.payload(entry);
        StepDefinition step = effect.step();
        String title = templates.render(step.task().title(), execution.ownerId(), execution.contactId());
        String note = step.task().note() == null ? null
                : templates.render(step.task().note(), execution.ownerId(), execution.contactId());
        boolean call = execution.stepType() == StepType.CALL_REMINDER;
        Reminder reminder = Reminder.task(Ids.newId(), call ? ReminderType.CALL_REMINDER : ReminderType.FOLLOW_UP,
                execution.ownerId(), execution.contactId(), execution.sequenceId(), execution.stepId(),
                execution.enrollmentId(), execution.id(), effect.dueAt(), title, note);
        try {
            reminder.linkHostTask(host.createTask(new HostTask(execution.contactId(), execution.ownerId(),
                    call ? "CALL" : "FOLLOW_UP", title, note, effect.dueAt())));
        } catch (HostCrmException e) {
            throw new EffectException("the host did not create the task: " + e.getMessage(), e.isRetryable(), e);
        }
        ledger.reminderCreated(entry, reminder);
    }
}
