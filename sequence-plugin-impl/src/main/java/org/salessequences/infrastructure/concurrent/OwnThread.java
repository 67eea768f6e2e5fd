package org.salessequences.infrastructure.concurrent;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

/**
 * One thread of a bean's own, made by the container's managed thread factory on first use (so it carries the
 * application's context) and stopped with the bean. For work a bean hands off often: a managed executor captures the
 * caller's context for every task it is given, with a service-loader walk over the application's jars each time, and
 * its pool is the one the batch runtime runs its jobs on.
 */
public final class OwnThread {

    private ScheduledExecutorService executor;

    /** The thread's executor, made with {@code factory} when first asked for. */
    public synchronized ScheduledExecutorService executor(ManagedThreadFactory factory) {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(factory);
        }
        return executor;
    }

    /** Stops the thread if it was made; the bean's {@code @PreDestroy} calls this. */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
