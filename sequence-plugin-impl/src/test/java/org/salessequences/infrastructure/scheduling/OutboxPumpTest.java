package org.salessequences.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salessequences.application.RunEnded;
import org.salessequences.application.effects.OutboxDispatcher;

/**
 * The pump's wake-ups for an entry due before the next tick: a drain that ran wakes for the next due entry; one that
 * found another drain under way leaves the wake-up to that one.
 */
class OutboxPumpTest {

    private final OutboxPump pump = new OutboxPump();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        ticks.shutdownNow();
    }

    @Test
    void aDrainThatFindsAnotherUnderWayDoesNotWakeAgainWhileThatOneRuns() throws InterruptedException {
        // A drain that found another under way tells no next turn: that one does.
        ScriptedDispatcher dispatcher = new ScriptedDispatcher(0, null);
        pump.dispatcher = dispatcher;
        pump.ticks = ticks;

        pump.onRunEnded(new RunEnded("run", "sequence"));
        Thread.sleep(300);

        // Waking for the entries the other drain is about to claim, due at once, would find that drain still under
        // way each time: the pump would spin on it.
        assertEquals(1, dispatcher.drains.get(), "one drain asked for, none woken after it");
    }

    @Test
    void aDrainThatRanWakesForTheEntryDueBeforeTheNextTick() throws InterruptedException {
        ScriptedDispatcher dispatcher = new ScriptedDispatcher(1, Duration.ofMillis(50));
        pump.dispatcher = dispatcher;
        pump.ticks = ticks;

        pump.onRunEnded(new RunEnded("run", "sequence"));

        assertTrue(dispatcher.woken.await(5, TimeUnit.SECONDS), "a drain follows at the due entry's time");
    }

    /** Answers every drain the same way. */
    private static final class ScriptedDispatcher extends OutboxDispatcher {
        private final Drained answer;
        private final AtomicInteger drains = new AtomicInteger();
        private final CountDownLatch woken = new CountDownLatch(2);

        private ScriptedDispatcher(int handled, Duration untilNextDue) {
            this.answer = new Drained(handled, untilNextDue);
        }

        @Override
        public Drained drain() {
            drains.incrementAndGet();
            woken.countDown();
            return answer;
        }
    }
}
