package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The few spellings that differ between the two supported databases. Scripts use {@code ${name}} placeholders
 * for them; everything else is written in the SQL both accept.
 *
 * <ul>
 *   <li>{@code ${text}}: a column type for text of any length.</li>
 *   <li>{@code ${binary_collation}}: after a column type, compare the column by code point, so that a B-tree index
 *       on it serves {@code LIKE 'prefix%'}. H2 compares strings that way already; PostgreSQL does only under the
 *       {@code C} collation, whatever the database's default.</li>
 * </ul>
 */
public enum SqlDialect {
    H2(Map.of("text", "CHARACTER LARGE OBJECT", "binary_collation", "")),
    POSTGRESQL(Map.of("text", "TEXT", "binary_collation", "COLLATE \"C\""));

    private final Map<String, String> placeholders;

    SqlDialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new SQLException("unsupported database " + product + ": use H2 or PostgreSQL");
    }

    /** The placeholders of this dialect, for Flyway to replace in the scripts. */
    public Map<String, String> placeholders() {
        return placeholders;
    }
}
