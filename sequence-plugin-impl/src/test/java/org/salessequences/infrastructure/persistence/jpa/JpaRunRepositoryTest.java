package org.salessequences.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.run.RunTrigger;
import org.salessequences.domain.model.run.SequenceRun;

/**
 * Which runs count as abandoned, on H2 and PostgreSQL: a run whose job waits for a thread on a member that is alive
 * is not (the member stamps it at every tick), one queued on a member that stopped is, and the adjustable clock a
 * run was created on does not decide it.
 */
class JpaRunRepositoryTest extends JpaDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SILENCE_LIMIT = NOW.minus(Duration.ofMinutes(5));

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunQueuedOnALiveMemberIsNotAbandonedButOneOnAStoppedMemberIs(String name, Supplier<DataSource> database) {
        open(database);
        Instant tenMinutesAgo = NOW.minus(Duration.ofMinutes(10));
        add(queued("waiting", "alive", tenMinutesAgo), queued("orphaned", "stopped", tenMinutesAgo));
        SequenceRun running = queued("running", "alive", tenMinutesAgo);
        running.start(tenMinutesAgo, "alive", tenMinutesAgo);
        add(running);

        int touched = TestPersistence.inTransaction(factory, em -> repository(em).touchQueued("alive", NOW));

        assertEquals(1, touched, "only the run still waiting for its job to begin");
        assertEquals(Set.of("orphaned", "running"), silentIds(),
                "a running job that stopped reporting progress is still abandoned, whoever holds it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRunCreatedOnAClockSetBackIsJudgedByItsRealHeartbeat(String name, Supplier<DataSource> database) {
        open(database);
        SequenceRun run = new SequenceRun("demo", "sq", RunTrigger.MANUAL, Instant.parse("2020-01-06T09:00:00Z"),
                Instant.parse("2020-01-06T09:00:00Z"));
        run.queuedOn("alive", NOW);
        add(run);

        assertEquals(Set.of(), silentIds());
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

    private Set<String> silentIds() {
        return TestPersistence.inTransaction(factory, em -> repository(em).silentSince(SILENCE_LIMIT).stream()
                .map(SequenceRun::id).collect(Collectors.toSet()));
    }

    private static JpaRunRepository repository(jakarta.persistence.EntityManager em) {
        JpaRunRepository runs = new JpaRunRepository();
        runs.em = em;
        return runs;
    }
}
