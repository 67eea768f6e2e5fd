package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.application.RetentionService.Removed;
import org.salessequences.domain.model.execution.RetentionStore;

/** The daily retention pass: claimed once a day, in batches until nothing is left, never when a setting is 0. */
class DefaultRetentionServiceTest {

    private final List<String> calls = new ArrayList<>();
    private boolean claimable = true;
    private int enrollmentsLeft = 1_200;
    private int outboxLeft = 30;

    @Test
    void aClaimedPassCompactsAndDeletesInBatchesUntilNothingIsLeft() {
        Removed removed = service(180, 7).runDaily();

        assertEquals(new Removed(1_200, 30), removed);
        assertEquals(List.of("claim", "compact 180", "compact 180", "compact 180", "compact 180", "outbox 7",
                "outbox 7"), calls);
    }

    @Test
    void aPassAnotherMemberClaimedTodayDoesNothing() {
        claimable = false;

        assertEquals(new Removed(0, 0), service(180, 7).runDaily());
        assertEquals(List.of("claim"), calls);
    }

    @Test
    void zeroDaysKeepsForEver() {
        assertEquals(new Removed(0, 0), service(0, 0).runDaily());
        assertEquals(List.of("claim"), calls);
    }

    private DefaultRetentionService service(int executionDays, int outboxDays) {
        DefaultRetentionService service = new DefaultRetentionService();
        service.executionDays = executionDays;
        service.outboxDays = outboxDays;
        service.store = new RetentionStore() {
            @Override
            public boolean claimDaily(String task, Instant now, Instant notSince) {
                calls.add("claim");
                assertEquals(Duration.ofHours(23), Duration.between(notSince, now));
                return claimable;
            }

            @Override
            public int compactEnded(Instant endedBefore, Instant now, int batch) {
                calls.add("compact " + Duration.between(endedBefore, now).toDays());
                int done = Math.min(batch, enrollmentsLeft);
                enrollmentsLeft -= done;
                return done;
            }

            @Override
            public int deleteFinishedOutbox(Instant doneBefore, int batch) {
                calls.add("outbox " + Duration.between(doneBefore, Instant.now()).toDays());
                int done = Math.min(batch, outboxLeft);
                outboxLeft -= done;
                return done;
            }
        };
        return service;
    }
}
