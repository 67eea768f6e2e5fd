package org.salessequences.application.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.infrastructure.json.JsonDocuments;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;

/** Writes Last contacted mode and Last activity type to the host contact and logs the activity on its timeline. */
@ApplicationScoped
public class HostUpdateEffect implements Effect {

    @Inject
    HostCrm host;
    @Inject
    EffectLedger ledger;
    @Inject
    JsonDocuments json;

    @Override
    public OutboxKind kind() {
        return OutboxKind.HOST_UPDATE;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        HostUpdate update = json.read(entry.payload(), HostUpdate.class);
        try {
            if (update.lastContactedMode() != null || update.lastActivityType() != null) {
                host.updateContact(entry.contactId(), new ContactUpdate(update.lastContactedMode(),
                        update.lastActivityType(), null, null));
            }
            if (update.completedTaskId() != null) {
                host.completeTask(update.completedTaskId(), update.activityOutcome(), update.activityNote());
            }
            if (update.activityType() != null) {
                host.logActivity(entry.contactId(), new HostActivity(update.activityType(), update.activityTitle(),
                        update.activityNote(), update.activityOutcome(), update.ownerId(), update.at()));
            }
        } catch (HostCrmException e) {
            throw new EffectException("the host was not updated: " + e.getMessage(), e.isRetryable(), e);
        }
        ledger.done(entry);
    }
}
