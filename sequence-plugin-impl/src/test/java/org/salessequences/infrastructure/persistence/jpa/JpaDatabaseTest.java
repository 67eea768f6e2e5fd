package org.salessequences.infrastructure.persistence.jpa;

import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.provider.Arguments;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;

/**
 * A test of JPA repositories on H2 and on PostgreSQL: each parameterized test ({@code @MethodSource("databases")})
 * opens the persistence unit on the database it is given, and it is closed after the test.
 */
abstract class JpaDatabaseTest {

    protected EntityManagerFactory factory;

    static Stream<Arguments> databases() {
        return TestDatabases.both();
    }

    /** Opens the persistence unit on the database; returns the database for tests that also use it directly. */
    protected DataSource open(Supplier<DataSource> database) {
        DataSource dataSource = database.get();
        factory = TestPersistence.on(dataSource);
        return dataSource;
    }

    @AfterEach
    void closeFactory() {
        if (factory != null) {
            factory.close();
        }
    }
}
