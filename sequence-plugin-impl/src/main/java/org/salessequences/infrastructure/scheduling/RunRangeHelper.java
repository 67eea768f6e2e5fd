package org.salessequences.infrastructure.scheduling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.salessequences.application.engine.RangeExecution;
import org.salessequences.infrastructure.concurrent.PeriodicWork;
import org.salessequences.log.LogId;

/**
 * Lends this member to the large runs of other members: every few seconds it works pending ranges of runs under way
 * elsewhere, one after another while there are some. The work runs on the timer's own thread, one tick at a time (a
 * tick that finds the previous one still working does nothing): handing it to the default managed executor from here
 * would give that executor's threads this bean's context, in which the batch runtime cannot find its transactions.
 */
@ApplicationScoped
public class RunRangeHelper {

    private static final Logger LOG = Logger.getLogger(RunRangeHelper.class.getName());

    @Inject
    PeriodicWork periodic;
    @Inject
    RangeExecution ranges;

    private final AtomicBoolean helping = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        periodic.every("the run-range help", Duration.ofSeconds(5), Duration.ofSeconds(5), this::onTimer);
    }

    private void onTimer() {
        if (!helping.compareAndSet(false, true)) {
            return;
        }
        try {
            while (ranges.helpOnce()) {
                // one range after another, as long as other members' runs have some pending
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.FOREIGN_RANGE_FAILED
                    + " working a range of another member's run failed; the next tick tries again",
                    e);
        } finally {
            helping.set(false);
        }
    }
}
