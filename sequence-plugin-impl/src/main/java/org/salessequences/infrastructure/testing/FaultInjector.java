package org.salessequences.infrastructure.testing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;

/**
 * Makes a run stage fail once after a number of chunks, as a crash would, when armed through the admin API of a
 * test installation. Armed never in production: arming needs {@code sequences.clock.adjustable=true}.
 */
@ApplicationScoped
public class FaultInjector {

    /** Thrown where a stage would have crashed. */
    public static class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(String stage) {
            super(LogId.FAULT_INJECTED + " injected fault in stage " + stage);
        }
    }

    @Inject
    ApplicationClock clock;

    private final Map<String, AtomicInteger> armed = new ConcurrentHashMap<>();

    /**
     * @throws IllegalStateException when this is not a test installation
     */
    public void arm(String stage, int afterChunks) {
        if (!clock.isAdjustable()) {
            throw new IllegalStateException("faults can only be injected where the clock is adjustable");
        }
        armed.put(stage, new AtomicInteger(afterChunks));
    }

    /** Called by a stage after each chunk's work, before its commit: throws once when the armed count is reached. */
    public void chunkDone(String stage) {
        AtomicInteger remaining = armed.get(stage);
        if (remaining != null && remaining.decrementAndGet() < 0) {
            armed.remove(stage);
            throw new InjectedFault(stage);
        }
    }
}
