package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the schema's history, applied once, in the order {@code db/migration/migrations.txt} lists it: a SQL
 * script ({@link MigrationScript}) or, for data changes SQL cannot make on both databases, a step written in Java.
 */
public interface Migration {

    /** The number after the V of its name: steps apply in increasing version order, each once. */
    int version();

    /** {@code V<number>__<words>}, with {@code .sql} for a script. */
    String name();

    /**
     * Applies the step on the migration's connection: inside the migration's one transaction on PostgreSQL, in
     * auto-commit on H2 (so a Java step there must be safe to repeat after a crash half-way).
     */
    void apply(Connection connection, SqlDialect dialect) throws SQLException;

    /** The version in a name {@code V<number>__<words>[.sql]}. */
    static int versionOf(String name) {
        if (!name.matches("V\\d+__\\w+(\\.sql)?")) {
            throw new IllegalArgumentException("migration " + name + " is not named V<number>__<words>[.sql]");
        }
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
