package org.salessequences.spi.host;

/**
 * The calls an adapter may make to its host per hour, counted across the cluster (hosts such as Freshsales limit
 * requests per account and hour). An adapter spends before each request; when the hour's budget is spent the call
 * is not made and the plugin defers the work that needed it.
 */
@FunctionalInterface
public interface HostCallBudget {

    /** No limit (the embedded host, or a host without one configured). */
    HostCallBudget UNLIMITED = calls -> {
    };

    /**
     * Takes {@code calls} from this hour's budget.
     *
     * @throws HostCallBudgetException when fewer than {@code calls} are left this hour
     */
    void spend(int calls);
}
