package org.salessequences.infrastructure.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.salessequences.application.OutboxQueued;
import org.salessequences.application.RunEnded;
import org.salessequences.application.effects.OutboxDispatcher;
import org.salessequences.log.LogId;

/**
 * Gives back the outbox claims of members that stopped and drains the outbox every few seconds, at once when a run ends, and as soon as a transaction that queued effects
 * (a run's chunk) has committed: the drain then runs on a managed thread, beside the run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxPump {

    private static final Logger LOG = Logger.getLogger(OutboxPump.class.getName());

    /** The timer's period: an entry due sooner than this (an email's turn at its mailbox) gets a wake-up of its own. */
    private static final Duration TICK = Duration.ofSeconds(5);

    @Inject
    OutboxDispatcher dispatcher;
    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedThreadFactory threadFactory;

    /**
     * The wake-ups run on a thread of this pump's own, made once by the managed thread factory (so it carries the
     * application's context): a managed scheduled executor captures the caller's context for every task it is given,
     * with a service-loader walk over the application's jars each time, and a wake-up is scheduled after nearly every
     * drain. That walk took a fifth of the server's CPU while emails went out (a flight recording of 10,000 emails).
     */
    private ScheduledExecutorService scheduler;

    /** When the wake-up scheduled for the next due entry comes, if one is; at most one is pending at a time. */
    private final AtomicReference<Instant> wakeAt = new AtomicReference<>();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        try {
            dispatcher.releaseAbandonedClaims();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.OUTBOX_RELEASE_FAILED
                    + " giving back abandoned outbox claims failed; the next tick tries again", e);
        }
        drain();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onRunEnded(@ObservesAsync RunEnded ended) {
        drain();
    }

    /**
     * Hands the drain to another thread: this runs on the committing thread (a run's), which goes on with its next
     * chunk. A drain already under way takes the new entries in its next claim, or leaves them to the next tick.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxQueued queued) {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> LogId.OUTBOX_NO_THREAD + " no thread free to drain the outbox now; the next tick does");
        }
    }

    private void drain() {
        try {
            if (dispatcher.drain().isPresent()) {
                // Only a drain that ran looks for the next due entry. One that found another under way leaves that to
                // the other, which looks when it ends: were it to look now, it would find the entries the other is
                // about to claim due at once and wake again and again (a core spent on it for as long as the other ran).
                wakeForNextDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogId.OUTBOX_DRAIN_FAILED
                    + " draining the outbox failed; the next tick tries again", e);
        }
    }

    /**
     * Emails waiting for their mailbox go out at their turn, not at the next tick: when the earliest pending entry is
     * due before the next tick, a drain is scheduled for that moment (unless an earlier one already is).
     */
    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(threadFactory);
        }
        return scheduler;
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void wakeForNextDue() {
        Duration until = dispatcher.untilNextDue();
        if (until == null || until.compareTo(TICK) >= 0) {
            return;
        }
        Instant at = Instant.now().plus(until);
        Instant pending = wakeAt.get();
        if (pending != null && !pending.isAfter(at) && pending.isAfter(Instant.now())) {
            return;
        }
        wakeAt.set(at);
        try {
            scheduler().schedule(() -> {
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
