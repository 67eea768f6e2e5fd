package org.salessequences.infrastructure.scheduling;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.salessequences.application.RetentionService;
import org.salessequences.infrastructure.concurrent.PeriodicWork;
import org.salessequences.log.LogId;

/**
 * Asks for the day's retention pass every hour; the first member to ask on a day runs it (a conditional claim), the
 * others find it done.
 */
@ApplicationScoped
public class RetentionPump {

    private static final Logger LOG = Logger.getLogger(RetentionPump.class.getName());

    @Inject
    PeriodicWork periodic;
    @Inject
    RetentionService retention;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        periodic.every("the retention pass", Duration.ofMinutes(23), Duration.ofHours(1), this::onTimer);
    }

    private void onTimer() {
        try {
            retention.runDaily();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.RETENTION_FAILED + " the retention pass failed; the next hour tries again", e);
        }
    }
}
