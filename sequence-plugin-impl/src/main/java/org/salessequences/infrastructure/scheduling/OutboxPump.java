package org.salessequences.infrastructure.scheduling;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.salessequences.application.RunEnded;
import org.salessequences.application.effects.OutboxDispatcher;

/** Drains the outbox every few seconds, and at once when a run ends. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxPump {

    private static final Logger LOG = Logger.getLogger(OutboxPump.class.getName());

    @Inject
    OutboxDispatcher dispatcher;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        drain();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onRunEnded(@ObservesAsync RunEnded ended) {
        drain();
    }

    private void drain() {
        try {
            dispatcher.drain();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "SEQ-0531 draining the outbox failed; the next tick tries again", e);
        }
    }
}
