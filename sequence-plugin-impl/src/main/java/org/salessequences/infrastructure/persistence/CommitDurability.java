package org.salessequences.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a commit has reached the database's files when it returns. PostgreSQL's has. An H2 database opened with
 * H2's default write delay (500 ms, the built-in pool of Payara Micro) writes commits a moment later, so a killed JVM
 * loses its last commits while the outbox may already have acted on them; the pool run.sh configures
 * ({@code postboot-h2.asadmin}) opens it with {@code WRITE_DELAY=0}.
 */
public final class CommitDurability {

    private CommitDurability() {
    }

    /** Whether commits on this connection's database are durable when they return. */
    public static boolean durable(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return true;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return row.next() && Integer.parseInt(row.getString(1).strip()) == 0;
        }
    }
}
