package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL: leaves a fifth of each page of {@code seq_enrollment} free. Every run updates the enrollments it
 * handles (day one, next step, progress), none of them indexed columns: with room on its page an updated row stays on
 * it (a HOT update) and none of the table's five indexes is touched, where a full page moves the row and writes an
 * entry into every index. A step in Java because H2 has no fill factor; pages written before it keep theirs until the
 * table is rewritten ({@code VACUUM FULL}).
 */
final class EnrollmentFillFactor extends JavaStep {

    static final String NAME = "V140__enrollment_fill_factor";

    EnrollmentFillFactor() {
        super(NAME);
    }

    @Override
    void apply(Connection connection, SqlDialect dialect) throws SQLException {
        if (dialect == SqlDialect.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE seq_enrollment SET (fillfactor = 80)");
            }
        }
    }
}
