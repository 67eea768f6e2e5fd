package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import org.salessequences.infrastructure.concurrent.OwnThread;
import org.salessequences.infrastructure.persistence.schema.SqlDialect;
import org.salessequences.log.LogId;

/**
 * Keeps PostgreSQL's planner statistics of the tables a run fills up to date while the run fills them. A run can
 * write a million enrollments, executions and outbox entries in minutes, and all of a sequence's rows are new: with the
 * statistics of before (the table empty, or the sequence unknown), PostgreSQL believes that one sequence's rows are
 * few and reads them all through the sequence index on every admission check, history read and outbox claim, so that
 * each chunk costs more than the one before (the cost grows with the square of the audience). PostgreSQL's autovacuum
 * analyses a table at most once a minute and only after a tenth of it changed; this analyses a table as soon as the
 * rows inserted since its last analysis reach half its size (at least {@link #MIN_ROWS}, at most {@link #MAX_ROWS}),
 * in the background, one analysis per table at a time: a few analyses per table and run, each sampling a bounded
 * number of rows. H2 plans these
 * statements well without statistics: nothing is done there.
 */
@ApplicationScoped
public class PlannerStatistics implements WrittenRows {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());
    /** Rows inserted into a table before its first analysis. */
    static final long MIN_ROWS = 5_000;
    /**
     * Rows inserted since the last analysis that make the next one due, however large the table: a new sequence's
     * rows in a table of ten million are a few percent of it after this many, enough for the planner to see them.
     */
    static final long MAX_ROWS = 200_000;
    /** The share of a table inserted since its last analysis that makes the next one due, between the two. */
    static final double GROWTH = 0.5;
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threadFactory;

    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private volatile Boolean postgresql;
    private Executor executor;
    private final OwnThread ownThread = new OwnThread();

    /** For tests outside the container: analyses run on {@code executor}. */
    static PlannerStatistics on(DataSource dataSource, Executor executor) {
        PlannerStatistics statistics = new PlannerStatistics();
        statistics.dataSource = dataSource;
        statistics.executor = executor;
        return statistics;
    }

    @Override
    public void inserted(String table, int rows) {
        if (rows <= 0 || !TABLE.matcher(table).matches() || !postgresql()) {
            return;
        }
        Table statistics = tables.computeIfAbsent(table, Table::new);
        if (statistics.due(rows)) {
            try {
                executor().execute(() -> analyse(statistics));
            } catch (RuntimeException e) {
                statistics.done(statistics.threshold);
                LOG.log(Level.FINE, LogId.STATISTICS_NO_THREAD + " no thread to analyse " + table
                        + " now; the next batch tries again", e);
            }
        }
    }

    private void analyse(Table table) {
        long threshold = table.threshold;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + table.name);
            try (ResultSet size = statement.executeQuery("SELECT reltuples FROM pg_class WHERE relname = '"
                    + table.name + "'")) {
                if (size.next()) {
                    threshold = Math.min(MAX_ROWS, Math.max(MIN_ROWS, (long) (size.getDouble(1) * GROWTH)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, LogId.STATISTICS_NOT_REFRESHED + " the planner statistics of " + table.name
                    + " could not be brought up to " + "date; PostgreSQL's autovacuum will", e);
        } finally {
            table.done(threshold);
        }
    }

    private boolean postgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = SqlDialect.of(connection) == SqlDialect.POSTGRESQL;
            } catch (SQLException e) {
                return false;
            }
            postgresql = known;
        }
        return known;
    }

    /**
     * The analyses run on a thread of their own, not on the default managed executor: that is the pool the batch
     * runtime runs its jobs on, and rows are also inserted by the periodic work (the outbox pump, the range helper) and
     * the scheduler's EJB timer, whose context a task handed over from there would carry onto a pooled thread.
     */
    private Executor executor() {
        return executor != null ? executor : ownThread.executor(threadFactory);
    }

    @PreDestroy
    void stop() {
        ownThread.stop();
    }

    /** What is known of one table: rows inserted since its last analysis, and how many make the next one due. */
    private static final class Table {

        final String name;
        final AtomicLong sinceAnalysis = new AtomicLong();
        final AtomicBoolean analysing = new AtomicBoolean();
        volatile long threshold = MIN_ROWS;

        Table(String name) {
            this.name = name;
        }

        /** Counts the rows; true when an analysis is due now and none is under way (the caller starts it). */
        boolean due(int rows) {
            return sinceAnalysis.addAndGet(rows) >= threshold && analysing.compareAndSet(false, true);
        }

        void done(long nextThreshold) {
            threshold = nextThreshold;
            sinceAnalysis.set(0);
            analysing.set(false);
        }
    }
}
