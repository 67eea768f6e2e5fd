package org.salessequences.infrastructure.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies the migrations listed in {@code db/migration/migrations.txt} that a database has not seen yet, in order,
 * recording each in {@code seq_schema_version}. Safe to run from several cluster members at once on PostgreSQL
 * (an advisory lock serialises them); H2 serves one machine only. A listed name ending in {@code .sql} is a script
 * beside the list; any other names a step written in Java, one of {@link #JAVA_MIGRATIONS}.
 */
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final String INDEX = "db/migration/migrations.txt";
    /** An arbitrary constant shared by every member of a cluster: the key of the migration lock. */
    private static final long ADVISORY_LOCK_KEY = 7_303_118_455L;

    /** The steps written in Java, by the name the list gives them: data changes SQL cannot make on both databases. */
    private static final Map<String, Migration> JAVA_MIGRATIONS = Map.of(
            ReminderWordBackfill.NAME, new ReminderWordBackfill(),
            EnrollmentFillFactor.NAME, new EnrollmentFillFactor());

    private final ClassLoader loader;

    public SchemaMigration(ClassLoader loader) {
        this.loader = loader;
    }

    /** @return the names of the migrations applied by this call */
    public List<String> migrate(Connection connection) throws SQLException {
        SqlDialect dialect = SqlDialect.of(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(dialect != SqlDialect.POSTGRESQL);
        try {
            if (dialect == SqlDialect.POSTGRESQL) {
                try (Statement lock = connection.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
                }
            }
            createVersionTable(connection);
            Set<Integer> applied = appliedVersions(connection);
            List<String> appliedNow = new ArrayList<>();
            for (Migration migration : migrations()) {
                if (applied.contains(migration.version())) {
                    continue;
                }
                apply(connection, dialect, migration);
                appliedNow.add(migration.name());
                LOG.info(() -> "SEQ-0002 applied schema migration " + migration.name());
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return appliedNow;
        } catch (SQLException | RuntimeException e) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    List<Migration> migrations() {
        List<Migration> migrations = new ArrayList<>();
        for (String line : read(INDEX).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (name.endsWith(".sql")) {
                migrations.add(MigrationScript.parse(name, read("db/migration/" + name)));
            } else if (JAVA_MIGRATIONS.containsKey(name)) {
                migrations.add(JAVA_MIGRATIONS.get(name));
            } else {
                throw new IllegalStateException("migration " + name + " is neither a .sql script nor a Java step");
            }
        }
        return migrations;
    }

    private static void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS seq_schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
        }
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM seq_schema_version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static void apply(Connection connection, SqlDialect dialect, Migration migration) throws SQLException {
        migration.apply(connection, dialect);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO seq_schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.name());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
