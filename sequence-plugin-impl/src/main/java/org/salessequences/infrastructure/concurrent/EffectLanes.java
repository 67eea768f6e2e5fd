package org.salessequences.infrastructure.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.application.effects.EffectThreads;

/**
 * The outbox's sending lanes ({@link EffectThreads}): one thread per lane, made by the managed thread factory at the
 * application's start (whose context they keep, as the periodic work's threads do, so their transactions take in
 * their connections). Not the container's default executor: its threads are the batch jobs', and with the outbox's
 * hand-offs from the periodic work on them a run in CI failed at its first chunk, its job thread unable to look up
 * "java:comp/UserTransaction".
 */
@ApplicationScoped
public class EffectLanes {

    @Resource
    ManagedThreadFactory threads;
    /** As many threads as a drain has lanes; one drain runs at a time on a member. */
    @Inject
    @ConfigProperty(name = "sequences.outbox.lanes")
    int lanes;

    private ThreadPoolExecutor pool;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        pool();
    }

    @Produces
    @EffectThreads
    Executor effectThreads() {
        return task -> pool().execute(task);
    }

    private synchronized ThreadPoolExecutor pool() {
        if (pool == null) {
            pool = new ThreadPoolExecutor(lanes, lanes, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
            pool.prestartAllCoreThreads();
        }
        return pool;
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
