package org.salessequences.infrastructure.scheduling;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.salessequences.application.OutboxQueued;
import org.salessequences.application.RunEnded;
import org.salessequences.application.effects.OutboxDispatcher;

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

    @Inject
    OutboxDispatcher dispatcher;
    @Resource
    ManagedExecutorService executor;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        try {
            dispatcher.releaseAbandonedClaims();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SEQ-0534 giving back abandoned outbox claims failed; the next tick tries again", e);
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
            LOG.fine(() -> "SEQ-0533 no thread free to drain the outbox now; the next tick does");
        }
    }

    private void drain() {
        try {
            dispatcher.drain();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "SEQ-0531 draining the outbox failed; the next tick tries again", e);
        }
    }
}
