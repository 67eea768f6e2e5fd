package org.salessequences.infrastructure.persistence.schema;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import org.salessequences.log.LogId;

/**
 * Brings a database's schema up to date with Flyway: the scripts and Java steps {@code db/migration/migrations.txt}
 * lists, each version applied once, checked against its checksum, under Flyway's lock (several cluster members start
 * at once), its history in {@code seq_schema_history}. The scripts use the placeholders of {@link SqlDialect} for the
 * few spellings the two databases differ in.
 *
 * <p>A database made before Flyway owned the schema keeps the plugin's own record of what it applied
 * ({@code seq_schema_version}): it is adopted as it stands, its history starting at the last version it applied in
 * order, and Flyway applies what came after.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    /** Flyway's record of what it applied. */
    static final String HISTORY = "seq_schema_history";
    /** The record the plugin's own migrator kept before Flyway. */
    static final String EARLIER_RECORD = "seq_schema_version";

    /** The steps written in Java, by the name the index gives them. */
    private static final Map<String, JavaStep> JAVA_STEPS = Map.of(
            ReminderWordBackfill.NAME, new ReminderWordBackfill(),
            EnrollmentFillFactor.NAME, new EnrollmentFillFactor());

    private final ClassLoader loader;

    public SchemaMigration(ClassLoader loader) {
        this.loader = loader;
    }

    /** @return the names of the migrations applied by this call */
    public List<String> migrate(DataSource dataSource) throws SQLException {
        IndexedMigrations index = new IndexedMigrations(loader);
        SqlDialect dialect;
        MigrationVersion adopted;
        try (Connection connection = dataSource.getConnection()) {
            dialect = SqlDialect.of(connection);
            adopted = adoptedVersion(connection, index);
        }
        FluentConfiguration configuration = Flyway.configure(loader).dataSource(dataSource).table(HISTORY)
                .resourceProvider(index).javaMigrations(javaSteps(index).toArray(JavaStep[]::new))
                .placeholders(dialect.placeholders()).cleanDisabled(true).validateMigrationNaming(true);
        if (adopted != null) {
            // No quote in the description: Flyway writes it into the SQL that creates its history.
            configuration.baselineOnMigrate(true).baselineVersion(adopted)
                    .baselineDescription("as the earlier migrator of the plugin left it");
            LOG.info(() -> LogId.PRE_FLYWAY_SCHEMA_ADOPTED + " adopting a schema made before Flyway, at version "
                    + adopted);
        }
        MigrateResult result = configuration.load().migrate();
        List<String> applied = new ArrayList<>();
        // A script by its file name, a Java step by the name the index gives it.
        result.migrations.forEach(migration -> applied.add("SQL".equals(migration.type)
                ? migration.filepath.substring(migration.filepath.lastIndexOf('/') + 1)
                : "V" + migration.version + "__" + migration.description.replace(' ', '_')));
        applied.forEach(name -> LOG.info(() -> LogId.SCHEMA_MIGRATION_APPLIED + " applied schema migration " + name));
        return applied;
    }

    /** For a caller that holds one connection (a test, the benchmark's baseline): migrates on it. */
    public List<String> migrate(Connection connection) throws SQLException {
        return migrate(new OneConnection(connection));
    }

    /** The names of every migration the index lists, in its order (a test checks they are in version order). */
    List<String> names() {
        return new IndexedMigrations(loader).names();
    }

    private static List<JavaStep> javaSteps(IndexedMigrations index) {
        List<JavaStep> steps = new ArrayList<>();
        for (String name : index.names()) {
            if (!name.endsWith(".sql")) {
                JavaStep step = JAVA_STEPS.get(name);
                if (step == null) {
                    throw new IllegalStateException(LogId.MIGRATION_INVALID + " migration " + name
                            + " is neither a .sql script nor a " + "Java step");
                }
                steps.add(step);
            }
        }
        return steps;
    }

    /**
     * The version to adopt a database made by the plugin's own migrator at: the last of the listed versions it applied
     * with every one before it applied too; {@code null} for a database without that record or already under Flyway.
     *
     * @throws IllegalStateException when it applied a version after one it skipped, which Flyway could not go on from
     */
    static MigrationVersion adoptedVersion(Connection connection, IndexedMigrations index) throws SQLException {
        if (!tableExists(connection, EARLIER_RECORD) || tableExists(connection, HISTORY)) {
            return null;
        }
        Set<Integer> applied = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM " + EARLIER_RECORD)) {
            while (rows.next()) {
                applied.add(rows.getInt(1));
            }
        }
        Integer last = null;
        for (String name : index.names()) {
            int version = Integer.parseInt(name.substring(1, name.indexOf("__")));
            if (!applied.remove(version)) {
                break;
            }
            last = version;
        }
        if (!applied.isEmpty()) {
            throw new IllegalStateException(LogId.MIGRATION_INVALID + " the database has migrations " + applied
                    + " applied after one it "
                    + "never applied; restore a backup taken before them, or apply the missing ones by hand");
        }
        return last == null ? null : MigrationVersion.fromVersion(String.format("%03d", last));
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = metaData.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One connection as a data source that never closes it: the caller owns it. */
    private record OneConnection(Connection connection) implements DataSource {

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if ("close".equals(method.getName())) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // no log writer
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // connections are given, not made
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
