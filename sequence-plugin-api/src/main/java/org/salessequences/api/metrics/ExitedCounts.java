package org.salessequences.api.metrics;

import jakarta.json.bind.annotation.JsonbCreator;

/** Exited enrollments by reason. */
public record ExitedCounts(long replied, long unsubscribed, long bounced, long conditions, long removed,
                           long accountReplied, long meetingBooked) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public ExitedCounts {
    }

    public ExitedCounts(long replied, long unsubscribed, long bounced, long conditions, long removed) {
        this(replied, unsubscribed, bounced, conditions, removed, 0, 0);
    }
}
