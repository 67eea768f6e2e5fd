package org.salessequences.domain.model.cluster;

import java.time.Instant;

/** This server as a cluster member: a name that stays the same across restarts, and when this start began. */
public interface LocalMember {

    /** The member's id in runs, outbox claims and the member table; the same after a restart. */
    String id();

    /**
     * When this start of the member began (real time), before it claimed or ran anything. A claim or run stamped with
     * this member's id before this instant belongs to an earlier start that stopped without finishing it.
     */
    Instant startedAt();
}
