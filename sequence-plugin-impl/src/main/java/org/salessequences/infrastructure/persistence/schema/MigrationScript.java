package org.salessequences.infrastructure.persistence.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One versioned script ({@code V001__description.sql}) split into statements.
 *
 * @param version     the number after the V
 * @param name        the file name
 * @param statements  the statements, without their terminating semicolons
 */
public record MigrationScript(int version, String name, List<String> statements) {

    public static MigrationScript parse(String name, String sql) {
        if (!name.matches("V\\d+__\\w+\\.sql")) {
            throw new IllegalArgumentException("migration " + name + " is not named V<number>__<words>.sql");
        }
        int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
        return new MigrationScript(version, name, split(sql));
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
