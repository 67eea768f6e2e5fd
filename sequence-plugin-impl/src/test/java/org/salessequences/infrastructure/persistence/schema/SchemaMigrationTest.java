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

/** The schema's migrations under Flyway: each once, in version order, with the dialect's spellings. */
class SchemaMigrationTest {

    private final SchemaMigration migration = new SchemaMigration(SchemaMigrationTest.class.getClassLoader());

    @Test
    void appliesEveryMigrationOnceOnH2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:migration-test;DB_CLOSE_DELAY=-1")) {
            List<String> first = migration.migrate(connection);
            assertEquals(migration.names(), first, "every listed script and Java step, in the index's order");
            assertTrue(first.contains("V001__sequences_and_runs.sql"));
            assertTrue(first.contains("V071__reminder_words_backfill"));
            assertTrue(tableExists(connection, "SEQ_SEQUENCE"));
            assertTrue(tableExists(connection, "seq_schema_history"), "Flyway's history, under the plugin's prefix");

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
    void migrationsAreListedInVersionOrder() {
        List<String> names = migration.names();
        for (int i = 1; i < names.size(); i++) {
            assertTrue(version(names.get(i)) > version(names.get(i - 1)), names.get(i));
        }
        assertFalse(names.isEmpty());
    }

    @Test
    void aJavaStepIsNamedAsAScriptWouldBe() {
        assertThrows(IllegalArgumentException.class, () -> new JavaStep("backfill") {
            @Override
            void apply(Connection connection, SqlDialect dialect) {
            }
        });
        assertEquals("071", new ReminderWordBackfill().getVersion().getVersion());
        assertEquals("reminder words backfill", new ReminderWordBackfill().getDescription());
    }

    @Test
    void eachDialectSpellsThePlaceholders() {
        assertEquals("TEXT", SqlDialect.POSTGRESQL.placeholders().get("text"));
        assertEquals("CHARACTER LARGE OBJECT", SqlDialect.H2.placeholders().get("text"));
        assertEquals(SqlDialect.H2.placeholders().keySet(), SqlDialect.POSTGRESQL.placeholders().keySet());
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
