package org.salessequences.infrastructure.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.salessequences.application.mail.InboundMailEffects;
import org.salessequences.domain.model.inbound.BounceClass;

/**
 * Stands in for the engine's effects of inbound mail: records each report in the {@link RecordingEmailEvents}'
 * calls (so one list shows everything a poll reported, in order) and answers as those events do.
 */
public class RecordingInboundEffects implements InboundMailEffects {

    private final RecordingEmailEvents events;

    public RecordingInboundEffects(RecordingEmailEvents events) {
        this.events = events;
    }

    @Override
    public boolean bounced(String ownerId, String messageId, String recipient, BounceClass bounceClass, String status,
                           String diagnostic, Instant at) {
        return events.bounced(messageId, diagnostic, at);
    }

    @Override
    public boolean complained(String ownerId, String messageId, String recipient, Instant at) {
        return events.complained(messageId, recipient, at);
    }

    @Override
    public boolean outOfOffice(String ownerId, List<String> messageIds, String from, LocalDate returnDate,
                               Instant at) {
        // Without a return date nothing changes, as in the engine.
        if (returnDate != null) {
            events.calls.add(new RecordingEmailEvents.Call("outOfOffice", String.join(" ", messageIds),
                    returnDate.toString()));
        }
        return returnDate != null;
    }

    @Override
    public int resumeDue(Instant now) {
        return 0;
    }
}
