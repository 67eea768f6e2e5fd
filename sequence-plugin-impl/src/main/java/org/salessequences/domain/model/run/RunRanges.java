package org.salessequences.domain.model.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranges a large run's execute stage is split into, which any cluster member may claim. Claims are conditional
 * updates, so each range is worked by one member at a time; a range's progress is written in the transaction of the
 * chunk it belongs to, so a range given back goes on where its last committed chunk ended.
 */
public interface RunRanges {

    /**
     * One range of enrollments (by id) of a run.
     *
     * @param afterId    exclusive lower bound ({@code null}: from the first enrollment)
     * @param lastId     inclusive upper bound ({@code null}: to the last)
     * @param progressId the last enrollment handled, {@code null} before the first chunk
     */
    record Range(String runId, int number, String afterId, String lastId, String progressId) {

        /** Where the next chunk of the range starts after. */
        public String resumeAfter() {
            return progressId != null ? progressId : afterId;
        }
    }

    /** Whether the run's execute stage was split into ranges. */
    boolean split(String runId);

    /**
     * Splits the run into ranges at {@code bounds}, the inclusive upper ids of every range but the last, in the
     * transaction of the caller; does nothing when the run is split already.
     */
    void split(String runId, List<String> bounds);

    /** Claims a pending range of the run for {@code memberId}, lowest first; empty when none is pending. */
    Optional<Range> claim(String runId, String memberId, Instant now);

    /** The ranges of the run {@code memberId} holds (to go on with them after its job restarted). */
    List<Range> claimedBy(String runId, String memberId);

    /** Runs that have pending ranges, any member's, at most {@code limit}. */
    List<String> runsWithPendingRanges(int limit);

    /** Records that the range was handled up to {@code progressId}, in the transaction of that chunk. */
    void advance(String runId, int number, String progressId);

    /** Gives a range this member could not go on with back to the others. */
    void giveBack(String runId, int number, String memberId);

    /** Records that the range is done. */
    void done(String runId, int number, String memberId);

    /** Ranges of the run not done yet. */
    long unfinished(String runId);

    /** Gives back the ranges {@code memberId} claimed before {@code claimedBefore} (an earlier start of it). */
    int releaseClaimsOf(String memberId, Instant claimedBefore);

    /** Gives back the ranges claimed by members whose stamp in the member table is older than {@code seenBefore}. */
    int releaseClaimsOfStoppedMembers(Instant seenBefore);

    /** Which members finished how many ranges of the run (for the run's stages and the tests). */
    Map<String, Long> doneByMember(String runId);
}
