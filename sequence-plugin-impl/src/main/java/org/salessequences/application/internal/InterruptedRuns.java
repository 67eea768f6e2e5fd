package org.salessequences.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salessequences.domain.model.cluster.ClusterMembers;
import org.salessequences.domain.model.run.RunStatus;
import org.salessequences.domain.model.run.SequenceRun;

/**
 * Decides, for the runs under way, which this member resumes and which it fails. A run is resumed (from its last
 * checkpoint) when the member holding it is gone: an earlier start of this very member, a member whose stamp in the
 * member table is older than {@link ClusterMembers#TIMEOUT}, or a member the table does not know that has been silent
 * for {@link #SILENCE}. A run on a living member that has reported nothing for {@link #SILENCE} is failed, so that its
 * sequence can run again; a run that waits for a thread is stamped by its member at every tick and is neither.
 *
 * @param resume the runs to take over and resume
 * @param fail   the runs to fail
 */
record InterruptedRuns(List<SequenceRun> resume, List<SequenceRun> fail) {

    /** A run under way that has not reported progress for this long on a living member is taken for stuck. */
    static final Duration SILENCE = Duration.ofMinutes(5);

    /**
     * @param underWay  the runs whose status is not final
     * @param lastSeen  each known member's last stamp
     * @param me        this member's id
     * @param myStart   when this member's JVM started
     * @param now       real time
     */
    static InterruptedRuns among(List<SequenceRun> underWay, Map<String, Instant> lastSeen, String me, Instant myStart,
                                 Instant now) {
        List<SequenceRun> resume = new ArrayList<>();
        List<SequenceRun> fail = new ArrayList<>();
        Instant membersAliveSince = now.minus(ClusterMembers.TIMEOUT);
        Instant silentBefore = now.minus(SILENCE);
        for (SequenceRun run : underWay) {
            Instant heartbeat = run.heartbeatAt() != null ? run.heartbeatAt() : run.createdAt();
            boolean silent = heartbeat.isBefore(silentBefore);
            if (me.equals(run.nodeId())) {
                if (heartbeat.isBefore(myStart)) {
                    resume.add(run);
                } else if (silent && run.status() == RunStatus.STARTED) {
                    fail.add(run);
                }
            } else if (lastSeen.containsKey(run.nodeId())) {
                if (lastSeen.get(run.nodeId()).isBefore(membersAliveSince)) {
                    resume.add(run);
                } else if (silent) {
                    fail.add(run);
                }
            } else if (silent) {
                resume.add(run);
            }
        }
        return new InterruptedRuns(List.copyOf(resume), List.copyOf(fail));
    }
}
