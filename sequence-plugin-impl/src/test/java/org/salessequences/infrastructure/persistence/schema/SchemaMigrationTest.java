package org.salessequences.infrastructure.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;

class SchemaMigrationTest {

    private final SchemaMigration migration = new SchemaMigration(SchemaMigrationTest.class.getClassLoader());

    @Test
    void appliesEveryScriptOnceOnH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:migration-test;DB_CLOSE_DELAY=-1")) {
            List<String> first = migration.migrate(connection);
            assertEquals(migration.migrations().size(), first.size());
            assertTrue(first.contains("V001__sequences_and_runs.sql"));
            assertTrue(tableExists(connection, "SEQ_SEQUENCE"));
            assertTrue(tableExists(connection, "SEQ_RUN"));

            assertTrue(migration.migrate(connection).isEmpty(), "a second start applies nothing");
        }
    }

    @Test
    void onPostgresqlEnrollmentPagesKeepRoomForTheUpdatesOfRuns() throws SQLException {
        try (Connection connection = TestDatabases.postgresql().getConnection();
             ResultSet options = connection.createStatement().executeQuery(
                     "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'seq_enrollment'")) {
            assertTrue(options.next());
            assertEquals("fillfactor=80", options.getString(1));
        }
    }

    @Test
    void scriptsAreVersionedInOrder() {
        List<Migration> scripts = migration.migrations();
        for (int i = 1; i < scripts.size(); i++) {
            assertTrue(scripts.get(i).version() > scripts.get(i - 1).version(), scripts.get(i).name());
        }
        assertFalse(scripts.isEmpty());
    }

    @Test
    void splitsStatementsAndSkipsComments() {
        List<String> statements = MigrationScript.split("""
                -- a comment
                CREATE TABLE a (
                    id INT
                );

                CREATE INDEX a_id ON a (id);
                """);
        assertEquals(List.of("CREATE TABLE a (\n    id INT\n)", "CREATE INDEX a_id ON a (id)"), statements);
    }

    @Test
    void rejectsABadlyNamedScript() {
        assertThrows(IllegalArgumentException.class, () -> MigrationScript.parse("init.sql", "SELECT 1;"));
    }

    @Test
    void expandsDialectPlaceholders() {
        assertEquals("x TEXT", SqlDialect.POSTGRESQL.expand("x ${text}"));
        assertEquals("x CHARACTER LARGE OBJECT", SqlDialect.H2.expand("x ${text}"));
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
