package org.salessequences.domain.model.inbound;

import java.time.Instant;

/** The bounces read from reps' inboxes, per address. */
public interface BounceLog {

    /** Records a bounce of an email to {@code email} (lower case); {@code executionId} may be {@code null}. */
    void record(String ownerId, String email, String executionId, BounceClass bounceClass, String status, Instant at);

    /** How many soft bounces the address had since then (this one included once recorded). */
    long softSince(String email, Instant since);
}
