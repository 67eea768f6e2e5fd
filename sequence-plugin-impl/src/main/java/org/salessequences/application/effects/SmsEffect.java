package org.salessequences.application.effects;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.EffectException;
import org.salessequences.application.mail.TextTemplates;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.shared.PhoneNumbers;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.message.SmsException;
import org.salessequences.spi.message.SmsTransport;

/** Sends the text of an SMS step execution through the configured transport. */
@ApplicationScoped
public class SmsEffect implements Effect {

    @Inject
    StepEffects stepEffects;
    @Inject
    SmsTransport transport;
    @Inject
    TextTemplates templates;
    @Inject
    HostCrm host;
    @Inject
    EffectLedger ledger;
    @Inject
    Clock clock;

    @Override
    public OutboxKind kind() {
        return OutboxKind.SMS;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        ExecutionRef execution = stepEffects.execution(entry);
        String phone = host.findContact(execution.contactId()).flatMap(contact -> PhoneNumbers.e164(contact.phone()))
                .orElseThrow(() -> new EffectException("the contact has no international phone number any more", false));
        StepEffect effect = stepEffects.payload(entry);
        StepDefinition step = effect.step();
        String body = templates.render(step.sms().body(), execution.ownerId(), execution.contactId());
        try {
            transport.send(phone, body);
        } catch (SmsException e) {
            throw new EffectException("the text was not sent: " + e.getMessage(), e.isRetryable(), e);
        }
        ledger.smsSent(entry, HostUpdate.activity(null, "SMS", "SMS", "Text message", body, null, execution.ownerId(),
                clock.instant()));
    }
}
