package org.salessequences.application.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.ContactActivityService;
import org.salessequences.application.effects.EffectLedger;
import org.salessequences.application.effects.HostUpdate;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/**
 * Turns sales activity logged in the host into the contact's Last contacted mode (Incoming call, Outgoing call,
 * Chat, Sales Activity) and Last activity type (Call, Chat, or the activity's own type).
 */
@ApplicationScoped
@Transactional
public class DefaultContactActivityService implements ContactActivityService {

    @Inject
    HostCrm host;
    @Inject
    EffectLedger ledger;

    @Override
    public boolean logged(String contactId, String email, Kind kind, String direction, String activityType,
                          Instant at) {
        Optional<HostContact> contact = contactId != null ? host.findContact(contactId)
                : email == null ? Optional.empty() : host.findContactByEmail(email);
        if (contact.isEmpty()) {
            return false;
        }
        ledger.queueHostUpdate(contact.get().id(), update(kind, direction, activityType, at));
        return true;
    }

    static HostUpdate update(Kind kind, String direction, String activityType, Instant at) {
        return switch (kind) {
            case CALL_LOGGED -> HostUpdate.activity("INCOMING".equalsIgnoreCase(direction) ? HostUpdate.INCOMING_CALL
                    : HostUpdate.OUTGOING_CALL, "Call", null, null, null, null, null, at);
            case CHAT -> HostUpdate.activity(HostUpdate.CHAT, "Chat", null, null, null, null, null, at);
            case ACTIVITY_LOGGED -> HostUpdate.activity(HostUpdate.SALES_ACTIVITY,
                    activityType == null || activityType.isBlank() ? "Sales Activity" : activityType.strip(),
                    null, null, null, null, null, at);
        };
    }
}
