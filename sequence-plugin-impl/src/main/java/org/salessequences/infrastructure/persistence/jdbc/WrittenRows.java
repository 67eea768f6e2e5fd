package org.salessequences.infrastructure.persistence.jdbc;

/** Told how many rows each batch inserted into which table (see {@link PlannerStatistics}). */
@FunctionalInterface
public interface WrittenRows {

    /** Nobody listens: for stores used outside the container. */
    WrittenRows NONE = (table, rows) -> {
    };

    void inserted(String table, int rows);
}
