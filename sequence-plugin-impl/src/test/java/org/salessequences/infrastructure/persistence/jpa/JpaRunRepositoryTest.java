package org.salessequences.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.run.RunStatus;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;

/**
 * The queries behind taking interrupted runs over, on H2 and PostgreSQL: a member stamps the runs queued on it, the
 * runs under way are read whoever holds them, and a run is taken over by one member only.
 */
class JpaRunRepositoryTest extends JpaDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMemberStampsOnlyTheRunsQueuedOnIt(String name, Supplier<DataSource> database) {
        open(database);
        Instant tenMinutesAgo = NOW.minus(Duration.ofMinutes(10));
        add(queued("waiting", "alive", tenMinutesAgo), queued("orphaned", "stopped", tenMinutesAgo));
        SequenceRun running = queued("running", "alive", tenMinutesAgo);
        running.start(tenMinutesAgo, "alive", tenMinutesAgo);
        add(running);

        int touched = TestPersistence.inTransaction(factory, em -> repository(em).touchQueued("alive", NOW));

        assertEquals(1, touched, "only the run still waiting for its job to begin");
        assertEquals(NOW, find("waiting").heartbeatAt());
        assertEquals(tenMinutesAgo, find("orphaned").heartbeatAt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theRunsUnderWayAreThoseNotEndedOnAnyMember(String name, Supplier<DataSource> database) {
        open(database);
        SequenceRun completed = queued("completed", "a", NOW);
        completed.complete(NOW);
        SequenceRun failed = queued("failed", "b", NOW);
        failed.fail("boom", NOW);
        SequenceRun started = queued("started", "b", NOW);
        started.start(NOW, "b", NOW);
        add(queued("queued", "a", NOW), started, completed, failed);

        assertEquals(Set.of("queued", "started"), TestPersistence.inTransaction(factory, em -> repository(em).underWay()
                .stream().map(SequenceRun::id).collect(Collectors.toSet())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunIsTakenOverByOneMemberOnlyAndBeginsAgainThere(String name, Supplier<DataSource> database) {
        open(database);
        SequenceRun started = queued("started", "stopped", NOW.minus(Duration.ofMinutes(2)));
        started.start(NOW, "stopped", NOW.minus(Duration.ofMinutes(2)));
        SequenceRun ended = queued("ended", "stopped", NOW);
        ended.complete(NOW);
        add(started, ended);

        boolean first = TestPersistence.inTransaction(factory,
                em -> repository(em).takeOver("started", "stopped", "member-b", NOW));
        boolean second = TestPersistence.inTransaction(factory,
                em -> repository(em).takeOver("started", "stopped", "member-c", NOW));
        boolean finished = TestPersistence.inTransaction(factory,
                em -> repository(em).takeOver("ended", "stopped", "member-b", NOW));

        assertTrue(first);
        assertFalse(second, "the run moved to member-b already");
        assertFalse(finished, "an ended run is not taken over");
        SequenceRun taken = find("started");
        assertEquals("member-b", taken.nodeId());
        assertEquals(RunStatus.STARTING, taken.status(), "its job begins again on member-b");
        assertEquals(NOW, taken.heartbeatAt());
    }

    /**
     * Chunks put off for want of host calls leave no execution rows: when the record stage sets the totals from the
     * rows, the run's deferred total still counts them, and says how many they were.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deferralsForWantOfHostCallsSurviveTheTotalsRecordedFromTheExecutions(String name,
                                                                              Supplier<DataSource> database) {
        open(database);
        add(queued("budget", "a", NOW));
        TestPersistence.inTransaction(factory, em -> {
            repository(em).addTotals("budget", 0, 0, 3, 0, 2 + 500, NOW);
            repository(em).addHostCallDeferrals("budget", 500);
            return null;
        });

        TestPersistence.inTransaction(factory, em -> {
            repository(em).setExecutionTotals("budget", 3, 0, 2, 0);
            return null;
        });

        SequenceRun run = find("budget");
        assertEquals(502, run.deferred(), "the two deferred executions and the 500 put off for host calls");
        assertEquals(500, run.hostCallsDeferred());
        assertEquals(3, run.executed());
    }

    private static SequenceRun queued(String id, String node, Instant heartbeat) {
        SequenceRun run = new SequenceRun(id, "sq-" + id, RunTrigger.SCHEDULE, heartbeat, heartbeat);
        run.queuedOn(node, heartbeat);
        return run;
    }

    private void add(SequenceRun... runs) {
        TestPersistence.inTransaction(factory, em -> {
            List.of(runs).forEach(em::persist);
            return null;
        });
    }

    private SequenceRun find(String id) {
        return TestPersistence.inTransaction(factory, em -> repository(em).find(id).orElseThrow());
    }

    private static JpaRunRepository repository(jakarta.persistence.EntityManager em) {
        JpaRunRepository runs = new JpaRunRepository();
        runs.em = em;
        return runs;
    }
}
