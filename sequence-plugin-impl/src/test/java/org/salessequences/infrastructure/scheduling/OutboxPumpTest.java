package org.salessequences.infrastructure.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

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

    @AfterEach
    void stop() {
        pump.stop();
    }

    @Test
    void aDrainThatFindsAnotherUnderWayDoesNotWakeAgainWhileThatOneRuns() throws InterruptedException {
        ScriptedDispatcher dispatcher = new ScriptedDispatcher(OptionalInt.empty());
        pump.dispatcher = dispatcher;
        pump.threadFactory = threads();

        pump.onRunEnded(new RunEnded("run", "sequence"));
        Thread.sleep(300);

        // Asking for the next due entry now would find the entries the other drain is about to claim due at once, and
        // each wake-up would find that drain still under way: the pump would spin on it.
        assertEquals(1, dispatcher.drains.get(), "one drain asked for, none woken after it");
        assertEquals(0, dispatcher.nextDueAsked.get(), "the drain under way looks for the next due entry itself");
    }

    @Test
    void aDrainThatRanWakesForTheEntryDueBeforeTheNextTick() throws InterruptedException {
        ScriptedDispatcher dispatcher = new ScriptedDispatcher(OptionalInt.of(1));
        dispatcher.until = Duration.ofMillis(50);
        pump.dispatcher = dispatcher;
        pump.threadFactory = threads();

        pump.onRunEnded(new RunEnded("run", "sequence"));

        assertTrue(dispatcher.woken.await(5, TimeUnit.SECONDS), "a drain follows at the due entry's time");
    }

    private static ManagedThreadFactory threads() {
        return (ManagedThreadFactory) Proxy.newProxyInstance(OutboxPumpTest.class.getClassLoader(),
                new Class<?>[]{ManagedThreadFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("newThread")) {
                        return Executors.defaultThreadFactory().newThread((Runnable) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Answers every drain the same way; the next due entry is {@link #until} away (due at once unless set). */
    private static final class ScriptedDispatcher extends OutboxDispatcher {
        private final OptionalInt answer;
        private final AtomicInteger drains = new AtomicInteger();
        private final AtomicInteger nextDueAsked = new AtomicInteger();
        private final CountDownLatch woken = new CountDownLatch(2);
        private Duration until = Duration.ZERO;

        private ScriptedDispatcher(OptionalInt answer) {
            this.answer = answer;
        }

        @Override
        public OptionalInt drain() {
            drains.incrementAndGet();
            woken.countDown();
            return answer;
        }

        @Override
        public Duration untilNextDue() {
            nextDueAsked.incrementAndGet();
            return until;
        }
    }
}
