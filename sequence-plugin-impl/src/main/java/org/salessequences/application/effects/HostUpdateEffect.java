package org.salessequences.application.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.outbox.HostFieldWrites;
import org.salessequences.domain.model.outbox.HostFieldWrites.Field;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.shared.StoredDocuments;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;

/**
 * Writes Last contacted mode and Last activity type to the host contact and logs the activity on its timeline. The
 * fields are left alone when a host update recorded later has already written them (this one is a late retry); the
 * activity is still logged, since the timeline keeps every event.
 */
@ApplicationScoped
public class HostUpdateEffect implements Effect {

    @Inject
    HostCrm host;
    @Inject
    EffectLedger ledger;
    @Inject
    StoredDocuments json;
    @Inject
    HostFieldWrites fieldWrites;

    @Override
    public OutboxKind kind() {
        return OutboxKind.HOST_UPDATE;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void perform(OutboxEntry entry) {
        HostUpdate update = json.read(entry.payload(), HostUpdate.class);
        try {
            String mode = claimed(entry, Field.LAST_CONTACTED_MODE, update.lastContactedMode());
            String activityType = claimed(entry, Field.LAST_ACTIVITY_TYPE, update.lastActivityType());
            if (mode != null || activityType != null) {
                host.updateContact(entry.contactId(), new ContactUpdate(mode, activityType, null, null));
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

    /** The value to write, or {@code null} when there is none or a newer update has written the field. */
    private String claimed(OutboxEntry entry, Field field, String value) {
        return value != null && fieldWrites.claim(entry.contactId(), field, entry.createdAt()) ? value : null;
    }
}
