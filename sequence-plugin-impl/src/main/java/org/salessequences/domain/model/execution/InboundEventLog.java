package org.salessequences.domain.model.execution;

import java.time.Instant;

/** The inbound events already applied, by their id, so that an event delivered twice is applied once. */
public interface InboundEventLog {

    boolean seen(String eventId);

    void record(String eventId, String type, Instant at);
}
