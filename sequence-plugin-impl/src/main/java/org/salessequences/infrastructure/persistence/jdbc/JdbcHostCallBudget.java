package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCallBudgetException;

/**
 * {@code seq_host_call_budget} (V160): the calls made to the host in the current clock hour, one row for the cluster.
 * The hour rolls over with a conditional update, and calls are taken with another that only succeeds while they fit,
 * so concurrent members (and threads) never spend more than the budget between them. Each spend is its own short
 * transaction: calls made stay spent even when the work that made them rolls back (the host counted them too).
 */
@ApplicationScoped
public class JdbcHostCallBudget {

    private static final String ROW = "host";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcHostCallBudget on(DataSource dataSource) {
        JdbcHostCallBudget budget = new JdbcHostCallBudget();
        budget.sql = new Sql(dataSource);
        return budget;
    }

    /**
     * Takes {@code calls} from the hour's {@code perHour}.
     *
     * @throws HostCallBudgetException when they do not fit; it names when the next hour starts
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void spend(int calls, long perHour, Supplier<Instant> clock) {
        Instant hour = clock.get().truncatedTo(ChronoUnit.HOURS);
        long hourStart = hour.toEpochMilli();
        sql.update("UPDATE seq_host_call_budget SET hour_start = ?, calls = 0 WHERE id = ? AND hour_start <> ?",
                hourStart, ROW, hourStart);
        if (sql.update("UPDATE seq_host_call_budget SET calls = calls + ? WHERE id = ? AND hour_start = ? "
                + "AND calls + ? <= ?", calls, ROW, hourStart, calls, perHour) != 1) {
            Instant next = hour.plus(Duration.ofHours(1));
            throw new HostCallBudgetException(LogId.HOST_CALL_BUDGET_SPENT + " the host-call budget of " + perHour
                    + " calls an hour is spent" + " (sequences.host.calls-per-hour); the work waits until "
                    + next, next);
        }
    }

    /** The calls spent in the current hour (for tests and the benchmark). */
    public long spentThisHour(Supplier<Instant> clock) {
        long hourStart = clock.get().truncatedTo(ChronoUnit.HOURS).toEpochMilli();
        return sql.count("SELECT calls FROM seq_host_call_budget WHERE id = ? AND hour_start = ?", ROW, hourStart);
    }
}
