package org.salessequences.infrastructure.scheduling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import org.salessequences.application.RunEnded;
import org.salessequences.application.engine.ContactSyncService;
import org.salessequences.infrastructure.concurrent.PeriodicWork;
import org.salessequences.log.LogId;

/**
 * Shows the sequences each contact is in on the host contact, every few seconds and at once when a run ends.
 * A host that fails is tried again at the next tick; nothing is lost, the contacts stay marked unsynced.
 */
@ApplicationScoped
public class ContactSyncPump {

    private static final Logger LOG = Logger.getLogger(ContactSyncPump.class.getName());

    @Inject
    PeriodicWork periodic;
    @Inject
    ContactSyncService sync;

    private static final int MAX_BATCHES_PER_TICK = 10_000;

    private final AtomicBoolean syncing = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        periodic.every("the contact sync", Duration.ofSeconds(10), Duration.ofSeconds(10), this::sync);
    }

    void onRunEnded(@ObservesAsync RunEnded ended) {
        sync();
    }

    private void sync() {
        if (!syncing.compareAndSet(false, true)) {
            return;
        }
        try {
            // One transaction per batch until nothing is pending; bounded, so a contact that keeps changing cannot
            // hold the pump forever (the next tick goes on).
            for (int batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
                if (sync.syncBatch().isEmpty()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.CONTACT_SYNC_FAILED
                    + " showing contacts' sequences in the host failed; the next tick tries again",
                    e);
        } finally {
            syncing.set(false);
        }
    }
}
