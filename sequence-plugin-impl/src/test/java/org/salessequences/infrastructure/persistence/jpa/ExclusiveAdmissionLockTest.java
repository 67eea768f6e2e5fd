package org.salessequences.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.enrollment.EnrollmentSource;
import org.salessequences.domain.model.enrollment.NewEnrollment;
import org.salessequences.infrastructure.persistence.jdbc.JdbcEnrollmentBatchStore;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.ThreadBoundTransactions;

/**
 * Two transactions admitting one contact to two exclusive sequences, on H2 and PostgreSQL: the second waits for the
 * first to commit and then sees the contact taken, whether it is another run (the JDBC store) or a manual
 * enrollment (the JPA repository). Without the lock both would find the contact free.
 */
class ExclusiveAdmissionLockTest extends JpaDatabaseTest {

    private static final Instant AT = Instant.parse("2027-03-01T09:00:00Z");
    /** Long enough for a second admission that does not wait to have answered. */
    private static final long WAITS_MILLIS = 700;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSecondRunWaitsForTheFirstAndFindsTheContactTaken(String name, Supplier<DataSource> database)
            throws Exception {
        ThreadBoundTransactions transactions = withTwoExclusiveSequences(database.get());
        JdbcEnrollmentBatchStore store = JdbcEnrollmentBatchStore.on(transactions.dataSource());
        CountDownLatch release = admitToAAndHold(transactions, store);

        Future<Set<String>> second = threads.submit(() -> transactions.call(() ->
                store.inOtherExclusiveSequences("sq-b", List.of("c1"))));

        assertThrows(TimeoutException.class, () -> second.get(WAITS_MILLIS, TimeUnit.MILLISECONDS),
                "the second admission waits while the first holds the lock");
        release.countDown();
        assertEquals(Set.of("c1"), second.get(20, TimeUnit.SECONDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aManualEnrollmentWaitsForARunAndFindsTheContactTaken(String name, Supplier<DataSource> database)
            throws Exception {
        ThreadBoundTransactions transactions = withTwoExclusiveSequences(open(database));
        CountDownLatch release = admitToAAndHold(transactions, JdbcEnrollmentBatchStore.on(transactions.dataSource()));

        Future<Boolean> manual = threads.submit(() -> TestPersistence.inTransaction(factory, em -> {
            JpaEnrollmentRepository enrollments = new JpaEnrollmentRepository();
            enrollments.em = em;
            return enrollments.isInOtherExclusiveSequence("c1", "sq-b");
        }));

        assertThrows(TimeoutException.class, () -> manual.get(WAITS_MILLIS, TimeUnit.MILLISECONDS),
                "the manual enrollment waits while the run holds the lock");
        release.countDown();
        assertTrue(manual.get(20, TimeUnit.SECONDS));
    }

    /** Starts a transaction that finds c1 free for sq-a, enrolls it and holds on until the latch is released. */
    private CountDownLatch admitToAAndHold(ThreadBoundTransactions transactions, JdbcEnrollmentBatchStore store)
            throws Exception {
        CountDownLatch admitted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> transactions.call(() -> {
            assertEquals(Set.of(), store.inOtherExclusiveSequences("sq-a", List.of("c1")));
            store.insert(List.of(new NewEnrollment("en-a", "sq-a", "c1", null, "c1@example.com",
                    EnrollmentSource.AUDIENCE, null, AT)));
            admitted.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }));
        assertTrue(admitted.await(20, TimeUnit.SECONDS), "the first admission went through");
        return release;
    }

    private static ThreadBoundTransactions withTwoExclusiveSequences(DataSource dataSource) {
        Sql sql = new Sql(dataSource);
        for (String id : List.of("sq-a", "sq-b")) {
            sql.update("INSERT INTO seq_sequence (id, owner_id, name, type, status, exclusive_audience, schedule_time, "
                    + "timezone, exclude_weekends, definition, version, created_at, updated_at) "
                    + "VALUES (?, 'rita', ?, 'CLASSIC', 'ACTIVE', TRUE, '09:00', 'UTC', FALSE, '{}', 1, 0, 0)", id, id);
        }
        return new ThreadBoundTransactions(dataSource);
    }
}
