package org.salessequences.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a scenario's server runs on, configured as {@code deploy/run.sh} configures it: the embedded H2 through
 * {@code postboot-h2.asadmin}, or PostgreSQL (a real PostgreSQL 15, zonky's, started here) through
 * {@code postboot-postgresql.asadmin}. The raw baselines run on the same kind of database.
 */
abstract class BenchmarkDatabase implements AutoCloseable {

    /** {@code h2} or {@code postgresql}. */
    abstract String name();

    /** The Payara Micro options that point {@code jdbc/__default} at this database. */
    abstract List<String> microOptions(Path deployDir, Path workDir) throws IOException;

    /** A connection to a fresh, empty database of this kind, for a raw baseline outside the server. */
    abstract Connection freshDatabase(Path dir) throws SQLException;

    /** What the database says about where a scenario spent its time (PostgreSQL: the costliest statements). */
    List<String> statementProfile(int top) throws SQLException {
        return List.of();
    }

    /** Forgets what earlier phases cost, so that a profile shows one phase. */
    void resetProfile() throws SQLException {
    }

    /**
     * Bytes on disk per row of each table (heap, indexes and TOAST together) and the row count: what one enrollment,
     * one step execution or one outbox entry costs the database. Empty where the database does not tell (H2).
     */
    List<String> bytesPerRow(List<String> tables) throws SQLException {
        return List.of();
    }

    @Override
    public void close() throws IOException {
    }

    static BenchmarkDatabase named(String name) throws IOException {
        return switch (name) {
            case "h2" -> new H2();
            case "postgresql" -> new Postgresql();
            default -> throw new IllegalArgumentException("unknown database " + name + ": use h2, postgresql or both");
        };
    }

    /** The embedded H2, as run.sh starts it. */
    private static final class H2 extends BenchmarkDatabase {

        @Override
        String name() {
            return "h2";
        }

        @Override
        List<String> microOptions(Path deployDir, Path workDir) {
            return List.of("--postbootcommandfile",
                    deployDir.getParent().resolve("src/main/payara/postboot-h2.asadmin").toString());
        }

        @Override
        Connection freshDatabase(Path dir) throws SQLException {
            return DriverManager.getConnection("jdbc:h2:" + dir.resolve("baseline").toAbsolutePath()
                    + ";WRITE_DELAY=0");
        }
    }

    /**
     * A real PostgreSQL 15 on loopback (zonky), with {@code pg_stat_statements} loaded so that a scenario can say which
     * statements its time went to. The server gets a database of its own for each scenario.
     */
    private static final class Postgresql extends BenchmarkDatabase {

        private final EmbeddedPostgres postgres;

        Postgresql() throws IOException {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_connections", "100")
                    .start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            } catch (SQLException e) {
                throw new IOException("pg_stat_statements could not be enabled", e);
            }
        }

        @Override
        String name() {
            return "postgresql";
        }

        @Override
        List<String> microOptions(Path deployDir, Path workDir) throws IOException {
            String template = Files.readString(deployDir.getParent().resolve("src/main/payara/postboot-postgresql.asadmin"));
            String commands = template.replace("@HOST@", "localhost").replace("@PORT@", Integer.toString(postgres.getPort()))
                    .replace("@DATABASE@", "postgres").replace("@USER@", "postgres").replace("@PASSWORD@", "unused");
            Files.createDirectories(workDir);
            Path postboot = workDir.resolve("postboot-postgresql.asadmin");
            Files.writeString(postboot, commands);
            return List.of("--addlibs", deployDir.resolve("postgresql.jar").toString(), "--postbootcommandfile",
                    postboot.toString());
        }

        @Override
        Connection freshDatabase(Path dir) throws SQLException {
            String name = "baseline_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name).getConnection();
        }

        @Override
        List<String> statementProfile(int top) throws SQLException {
            List<String> lines = new ArrayList<>();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT calls, total_exec_time, rows, "
                         + "regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements "
                         + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'postgres') "
                         + "ORDER BY total_exec_time DESC LIMIT " + top)) {
                while (rows.next()) {
                    String query = rows.getString(4);
                    lines.add(String.format(Locale.ROOT, "%8.0f ms %9d calls %10d rows  %s", rows.getDouble(2),
                            rows.getLong(1), rows.getLong(3), query.length() > 220 ? query.substring(0, 220) + "..."
                                    : query));
                }
            }
            return lines;
        }

        @Override
        List<String> bytesPerRow(List<String> tables) throws SQLException {
            List<String> lines = new ArrayList<>();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
                for (String table : tables) {
                    try (ResultSet size = statement.executeQuery("SELECT pg_total_relation_size('" + table + "'), "
                            + "pg_relation_size('" + table + "'), (SELECT COUNT(*) FROM " + table + ")")) {
                        size.next();
                        long rows = size.getLong(3);
                        lines.add(String.format(Locale.ROOT, "%s: %d rows, %.0f bytes per row with its indexes (%.0f "
                                        + "in the table itself)", table, rows, size.getLong(1) / (double) Math.max(1, rows),
                                size.getLong(2) / (double) Math.max(1, rows)));
                    }
                }
            }
            return lines;
        }

        @Override
        void resetProfile() throws SQLException {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_stat_statements_reset()");
            }
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
