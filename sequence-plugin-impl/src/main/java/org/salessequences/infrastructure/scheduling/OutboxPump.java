package org.salessequences.infrastructure.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.salessequences.application.OutboxQueued;
import org.salessequences.application.RunEnded;
import org.salessequences.application.effects.OutboxDispatcher;
import org.salessequences.infrastructure.concurrent.PeriodicWork;
import org.salessequences.log.LogId;

/**
 * Gives back the outbox claims of members that stopped and drains the outbox every few seconds, at once when a run
 * ends, as soon as a transaction that queued effects (a run's chunk) has committed (the drain then runs on a managed
 * thread, beside the run), and at the turn of an email that waits for its mailbox.
 */
@ApplicationScoped
public class OutboxPump {

    private static final Logger LOG = Logger.getLogger(OutboxPump.class.getName());

    /** The tick's period: an entry due sooner than this (an email's turn at its mailbox) gets a wake-up of its own. */
    private static final Duration TICK = Duration.ofSeconds(5);

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    PeriodicWork periodic;

    /** The tick's thread; the wake-ups for emails' turns run on it too (one is scheduled after nearly every drain). */
    volatile ScheduledExecutorService ticks;

    /** When the wake-up scheduled for the next due entry comes, if one is; at most one is pending at a time. */
    private final AtomicReference<Instant> wakeAt = new AtomicReference<>();
    /** Set while a drain handed to the tick's thread waits there. */
    private final AtomicBoolean drainRequested = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        ticks = periodic.every("the outbox tick", TICK, TICK, this::onTick);
    }

    private void onTick() {
        try {
            dispatcher.releaseAbandonedClaims();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.OUTBOX_RELEASE_FAILED
                    + " giving back abandoned outbox claims failed; the next tick tries again", e);
        }
        drain();
    }

    void onRunEnded(@ObservesAsync RunEnded ended) {
        drainSoon();
    }

    /**
     * Hands the drain to the tick's thread: this runs on the committing thread (a run's), which goes on with its next
     * chunk. Not to the container's executor, whose threads are the batch jobs': shared with the outbox's hand-offs, a
     * job in CI could not look up its transaction. Requests made while one waits are one drain, and a drain under
     * way takes the new entries in its next claim.
     */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxQueued queued) {
        drainSoon();
    }

    private void drainSoon() {
        if (ticks == null || !drainRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            ticks.execute(() -> {
                drainRequested.set(false);
                drain();
            });
        } catch (RejectedExecutionException e) {
            drainRequested.set(false);
            LOG.fine(() -> LogId.OUTBOX_NO_THREAD + " no thread free to drain the outbox now; the next tick does");
        }
    }

    private void drain() {
        try {
            wakeForNextDue(dispatcher.drain().untilNextDue());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogId.OUTBOX_DRAIN_FAILED
                    + " draining the outbox failed; the next tick tries again", e);
        }
    }

    /**
     * Emails waiting for their mailbox go out at their turn, not at the next tick: when the earliest pending entry is
     * due before the next tick, a drain is scheduled for that moment (unless an earlier one already is).
     *
     * @param until from the drain that ran; {@code null} when nothing is pending or the drain found another under way
     */
    private void wakeForNextDue(Duration until) {
        if (until == null || until.compareTo(TICK) >= 0 || ticks == null) {
            return;
        }
        Instant at = Instant.now().plus(until);
        Instant pending = wakeAt.get();
        if (pending != null && !pending.isAfter(at) && pending.isAfter(Instant.now())) {
            return;
        }
        wakeAt.set(at);
        try {
            ticks.schedule(() -> {
                wakeAt.compareAndSet(at, null);
                drain();
            }, Math.max(1, until.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            wakeAt.compareAndSet(at, null);
            LOG.fine(() -> LogId.OUTBOX_WAKE_NO_THREAD
                    + " no thread free to wake the outbox at the next email's turn; the next tick does");
        }
    }
}
