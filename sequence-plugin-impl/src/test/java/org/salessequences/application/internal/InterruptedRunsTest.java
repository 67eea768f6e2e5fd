package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;

/** Which runs under way a member resumes or fails, from who holds them and when they and their members last spoke. */
class InterruptedRunsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant MY_START = NOW.minus(Duration.ofSeconds(30));
    private static final String ME = "member-a";

    @Test
    void anEarlierStartOfThisMemberLeftItsRunsToResumeAtOnce() {
        SequenceRun killed = started("killed", ME, MY_START.minusSeconds(1));
        SequenceRun queuedBefore = queued("queued-before", ME, MY_START.minusSeconds(5));
        SequenceRun queuedNow = queued("queued-now", ME, MY_START.plusSeconds(1));

        InterruptedRuns runs = InterruptedRuns.among(List.of(killed, queuedBefore, queuedNow), Map.of(ME, NOW), ME,
                MY_START, NOW);

        assertEquals(List.of(killed, queuedBefore), runs.resume());
        assertEquals(List.of(), runs.fail());
    }

    @Test
    void theRunsOfAMemberThatStoppedStampingAreResumedOnceItCountsAsStopped() {
        SequenceRun onStopped = started("on-stopped", "member-b", NOW.minusSeconds(20));
        SequenceRun onLiving = started("on-living", "member-c", NOW.minusSeconds(20));
        Map<String, Instant> seen = Map.of(ME, NOW, "member-b", NOW.minusSeconds(61), "member-c", NOW.minusSeconds(5));

        InterruptedRuns runs = InterruptedRuns.among(List.of(onStopped, onLiving), seen, ME, MY_START, NOW);

        assertEquals(List.of(onStopped), runs.resume());
        assertEquals(List.of(), runs.fail());
    }

    @Test
    void aMemberStampedWithinTheTimeoutIsAliveAndKeepsItsRuns() {
        SequenceRun run = started("run", "member-b", NOW.minusSeconds(50));

        InterruptedRuns runs = InterruptedRuns.among(List.of(run), Map.of("member-b", NOW.minusSeconds(59)), ME,
                MY_START, NOW);

        assertEquals(List.of(), runs.resume());
        assertEquals(List.of(), runs.fail());
    }

    @Test
    void aRunOfAMemberTheTableDoesNotKnowIsResumedOnlyAfterLongSilence() {
        SequenceRun recent = started("recent", "old-random-id", NOW.minus(Duration.ofMinutes(4)));
        SequenceRun silent = started("silent", "old-random-id", NOW.minus(Duration.ofMinutes(6)));

        InterruptedRuns runs = InterruptedRuns.among(List.of(recent, silent), Map.of(ME, NOW), ME, MY_START, NOW);

        assertEquals(List.of(silent), runs.resume());
        assertEquals(List.of(), runs.fail());
    }

    @Test
    void aRunSilentOnALivingMemberIsFailedSoItsSequenceCanRunAgain() {
        Instant startedAnHourAgo = NOW.minus(Duration.ofHours(1));
        SequenceRun stuckHere = started("stuck-here", ME, NOW.minus(Duration.ofMinutes(6)));
        SequenceRun stuckThere = started("stuck-there", "member-b", NOW.minus(Duration.ofMinutes(6)));
        SequenceRun waitingHere = queued("waiting-here", ME, NOW.minus(Duration.ofMinutes(6)));

        InterruptedRuns runs = InterruptedRuns.among(List.of(stuckHere, stuckThere, waitingHere),
                Map.of(ME, NOW, "member-b", NOW), ME, startedAnHourAgo, NOW);

        assertEquals(List.of(), runs.resume());
        assertEquals(List.of(stuckHere, stuckThere), runs.fail(), "a run waiting here for a thread is not stuck");
    }

    private static SequenceRun queued(String id, String node, Instant heartbeat) {
        SequenceRun run = new SequenceRun(id, "sq-" + id, RunTrigger.SCHEDULE, heartbeat, heartbeat);
        run.queuedOn(node, heartbeat);
        return run;
    }

    private static SequenceRun started(String id, String node, Instant heartbeat) {
        SequenceRun run = queued(id, node, heartbeat);
        run.start(heartbeat, node, heartbeat);
        return run;
    }
}
