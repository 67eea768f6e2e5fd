package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A step of the schema's history written in Java, for a change SQL cannot make alike on H2 and PostgreSQL. Named as
 * a script would be ({@code V<number>__<words>}) and listed in {@code db/migration/migrations.txt} like one; Flyway
 * runs it in the transaction of its version, with the same checks as the scripts.
 */
abstract class JavaStep implements JavaMigration {

    private final String name;

    /** @param name {@code V<number>__<words>} */
    JavaStep(String name) {
        if (!name.matches("V\\d+__\\w+")) {
            throw new IllegalArgumentException("Java migration " + name + " is not named V<number>__<words>");
        }
        this.name = name;
    }

    /** Applies the step on the migration's connection, in its transaction. */
    abstract void apply(Connection connection, SqlDialect dialect) throws SQLException;

    String name() {
        return name;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")));
    }

    @Override
    public String getDescription() {
        return name.substring(name.indexOf("__") + 2).replace('_', ' ');
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        apply(context.getConnection(), SqlDialect.of(context.getConnection()));
    }
}
