package org.salessequences.application;

import org.salessequences.api.event.EventReceipt;
import org.salessequences.api.event.InboundEvent;

/** Applies the events a host reports (its signature already checked), each id once. */
public interface InboundEventService {

    /** @throws ValidationException naming each bad field; nothing is recorded then */
    EventReceipt apply(InboundEvent event);
}
