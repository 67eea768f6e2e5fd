package org.salessequences.infrastructure.concurrent;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.salessequences.infrastructure.persistence.schema.SchemaMigrated;
import org.salessequences.log.LogId;

/**
 * The application's periodic work (the outbox, the syncs, the range help, the inbox polls), each task on a thread of
 * its own made by the managed thread factory, started once the schema is up to date. Not EJB timers: on Payara a
 * call that begins inside an enterprise bean (a timer, an observer method of one), whatever its transaction
 * attribute, reaches the data source with connections that no CDI {@code @Transactional} transaction enlists, so every
 * statement of an outbox effect or a sync committed on its own (measured with H2's trace: each statement in
 * auto-commit; also a durable commit of its own, most of the server's CPU per email). Threads made here, from the
 * application's start, carry the application's context and enlist as REST requests do.
 */
@ApplicationScoped
public class PeriodicWork {

    private static final Logger LOG = Logger.getLogger(PeriodicWork.class.getName());

    @Resource
    ManagedThreadFactory threads;
    @Inject
    Instance<TransactionEnlistment> enlistment;

    private final List<ScheduledExecutorService> running = new CopyOnWriteArrayList<>();
    /** Each task's answer, on its own thread at its start, to whether its transactions take in their connections. */
    private final Map<String, Boolean> enlisting = new ConcurrentHashMap<>();
    /**
     * Set when the schema migrator has run. The tasks' threads are made earlier, from the application's start (the
     * migrator is an enterprise bean, and a thread made from inside one would carry its fault): until then each
     * task's runs pass.
     */
    private volatile boolean schemaReady;

    void schemaReady(@Observes SchemaMigrated migrated) {
        schemaReady = true;
    }

    /**
     * Runs {@code task} every {@code period} (from the end of one run to the start of the next), the first time after
     * {@code firstAfter}, once the schema is up to date; a failure is logged and the next run comes as planned. Call
     * from the application's start (an observer of {@code @Initialized(ApplicationScoped.class)}), whose context the
     * thread keeps; the task's first run first checks that its transactions enlist their connections.
     *
     * @return the task's executor, for work the task's owner schedules on the same thread
     */
    public ScheduledExecutorService every(String name, Duration firstAfter, Duration period, Runnable task) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(threads);
        running.add(executor);
        executor.scheduleWithFixedDelay(() -> {
            if (!schemaReady) {
                return;
            }
            try {
                if (!enlisting.containsKey(name)) {
                    checkEnlistment(name);
                }
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, LogId.PERIODIC_WORK_FAILED + " " + name + " failed; it runs again in "
                        + period.toSeconds() + " s", e);
            }
        }, firstAfter.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return executor;
    }

    /**
     * True when every task's thread found its transactions taking in their connections (or none has asked yet); the
     * readiness check reports it, so a container that left them committing statement by statement is not ready.
     */
    public boolean transactionsEnlistConnections() {
        return !enlisting.containsValue(Boolean.FALSE);
    }

    private void checkEnlistment(String name) {
        try {
            boolean enlists = enlistment.get().enlistsConnections();
            enlisting.put(name, enlists);
            if (!enlists) {
                LOG.severe(LogId.TRANSACTIONS_NOT_ENLISTED + " on the thread of " + name + " a transaction does not "
                        + "take in the connections it draws: each statement would commit on its own");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, LogId.TRANSACTIONS_NOT_ENLISTED + " could not check the transactions of " + name, e);
        }
    }

    @PreDestroy
    void stop() {
        running.forEach(ScheduledExecutorService::shutdownNow);
    }
}
