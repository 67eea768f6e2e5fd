package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One versioned script ({@code V001__description.sql}) split into statements.
 *
 * @param version     the number after the V
 * @param name        the file name
 * @param statements  the statements, without their terminating semicolons
 */
public record MigrationScript(int version, String name, List<String> statements) implements Migration {

    public static MigrationScript parse(String name, String sql) {
        if (!name.endsWith(".sql")) {
            throw new IllegalArgumentException("migration script " + name + " is not named V<number>__<words>.sql");
        }
        return new MigrationScript(Migration.versionOf(name), name, split(sql));
    }

    @Override
    public void apply(Connection connection, SqlDialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(dialect.expand(sql));
            }
        }
    }

    /** Splits on semicolons at line ends; scripts keep one statement per semicolon and no procedural blocks. */
    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
