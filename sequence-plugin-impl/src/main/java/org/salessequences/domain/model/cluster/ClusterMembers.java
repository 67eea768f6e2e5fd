package org.salessequences.domain.model.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The member table: every member stamps its row at each scheduler tick with real time. A member whose stamp is older
 * than {@link #TIMEOUT} has stopped.
 */
public interface ClusterMembers {

    /**
     * How long a member may go without a stamp before the others take its work over: six scheduler ticks, long
     * enough for a garbage-collection pause or a slow database, short enough that a killed member's run goes on
     * within about a minute.
     */
    Duration TIMEOUT = Duration.ofSeconds(60);

    /** Records that {@code memberId}, started at {@code startedAt}, is alive at {@code now}. */
    void seen(String memberId, Instant startedAt, Instant now);

    /** Every known member's last stamp. */
    Map<String, Instant> lastSeen();
}
