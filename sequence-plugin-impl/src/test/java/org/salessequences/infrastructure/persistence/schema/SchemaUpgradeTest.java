package org.salessequences.infrastructure.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;

/**
 * A database of the previous release (made by the plugin's own migrator, before Flyway: see
 * {@code previous-release/README.md}) upgrades cleanly on H2 and PostgreSQL: Flyway adopts it at the version it had
 * reached, applies every later migration, keeps its data, and a second start applies nothing.
 */
class SchemaUpgradeTest {

    private final SchemaMigration migration = new SchemaMigration(SchemaUpgradeTest.class.getClassLoader());

    @Test
    void anH2DatabaseOfThePreviousReleaseUpgrades() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:previous-release;DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:previous-release/h2.sql'");
        }
        upgradesAndKeepsItsData(h2);
    }

    @Test
    void aPostgresqlDatabaseOfThePreviousReleaseUpgrades() throws Exception {
        DataSource postgresql = TestDatabases.emptyPostgresql();
        try (Connection connection = postgresql.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements(resource("previous-release/postgresql.sql"))) {
                statement.execute(sql);
            }
        }
        upgradesAndKeepsItsData(postgresql);
    }

    private void upgradesAndKeepsItsData(DataSource database) throws SQLException {
        List<String> applied = migration.migrate(database);

        List<String> later = migration.names().stream().filter(name -> version(name) > 94).toList();
        assertEquals(later, applied, "every migration after the release's last, V094");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(List.of("Outbound"), strings(statement, "SELECT name FROM seq_sequence"));
            assertEquals(List.of("en-1", "en-2"), strings(statement, "SELECT id FROM seq_enrollment ORDER BY id"));
            assertEquals(List.of("<x-1@localhost>"), strings(statement, "SELECT message_id FROM seq_step_execution"));
            assertEquals(List.of("Anna"), strings(statement, "SELECT first_name FROM host_contact"));
            assertTrue(strings(statement, "SELECT COUNT(*) FROM seq_member").contains("0"), "a table of V095 is there");
        }
        assertTrue(migration.migrate(database).isEmpty(), "a second start applies nothing");
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The statements of a plain pg_dump, without its psql commands ({@code \restrict}) and comments. */
    static List<String> statements(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dump.split("\\R")) {
            if (line.startsWith("\\") || line.startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaUpgradeTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
