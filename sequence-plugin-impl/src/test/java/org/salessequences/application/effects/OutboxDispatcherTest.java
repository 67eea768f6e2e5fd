package org.salessequences.application.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Instance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.application.EffectException;
import org.salessequences.application.TemplateFailedException;
import org.salessequences.domain.model.cluster.ClusterMembers;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.spi.host.HostCallBudgetException;

/**
 * What becomes of an entry whose effect fails in a way a template can cause: a template failure fails its execution
 * with {@code TEMPLATE_FAILED}; an {@link Error} gives the entry back for a later try, and the worker goes on with
 * the entries behind it and with the next drain.
 */
class OutboxDispatcherTest {

    private final FakeOutbox outbox = new FakeOutbox();
    private final Map<String, ExecutionReason> failedExecutions = new LinkedHashMap<>();
    private static final int LANES = 4;
    private final ExecutorService workers = Executors.newFixedThreadPool(LANES);
    /** What the task effect does for each entry, by entry id; entries not listed succeed. */
    private final Map<String, Consumer<OutboxEntry>> behaviour = new LinkedHashMap<>();
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void dispatcher() {
        EffectLedger ledger = new EffectLedger();
        ledger.outbox = outbox;
        ledger.executions = proxy(ExecutionRepository.class, (proxy, method, args) -> {
            if (method.getName().equals("markFailed")) {
                failedExecutions.put((String) args[0], (ExecutionReason) args[1]);
            }
            return null;
        });
        ledger.clock = new ApplicationClock();
        Effect tasks = new Effect() {
            @Override
            public OutboxKind kind() {
                return OutboxKind.TASK;
            }

            @Override
            public void perform(OutboxEntry entry) {
                behaviour.getOrDefault(entry.id(), done -> ledger.done(done)).accept(entry);
            }
        };
        dispatcher = new OutboxDispatcher();
        dispatcher.outbox = outbox;
        dispatcher.lanes = LANES;
        dispatcher.ledger = ledger;
        dispatcher.node = new Member("member-a", Instant.now());
        dispatcher.clock = new ApplicationClock();
        dispatcher.executor = proxy(ManagedExecutorService.class, (proxy, method, args) -> {
            workers.execute((Runnable) args[0]);
            return null;
        });
        dispatcher.effects = proxy(Instance.class, (proxy, method, args) -> method.getName().equals("iterator")
                ? List.of(tasks).iterator() : InvocationHandler.invokeDefault(proxy, method, args));
        dispatcher.index();
    }

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void claimsOfThisMembersEarlierStartOfStoppedMembersAndStaleOnesAreGivenBackButNotAtEveryDrain() {
        Member member = new Member("member-a", Instant.now().minusSeconds(30));
        dispatcher.node = member;

        dispatcher.drain();
        assertEquals(List.of(), outbox.releases, "a drain (after every chunk commit) leaves claims alone");

        assertEquals(3, dispatcher.releaseAbandonedClaims());
        assertEquals(3, outbox.releases.size());
        assertEquals("member-a before " + member.startedAt(), outbox.releases.get(0));
        Instant stoppedBefore = Instant.parse(outbox.releases.get(1).substring("stopped members seen before ".length()));
        Instant staleBefore = Instant.parse(outbox.releases.get(2).substring("stale before ".length()));
        assertEquals(ClusterMembers.TIMEOUT.toSeconds(),
                Duration.between(stoppedBefore, Instant.now()).toSeconds(), 2);
        assertEquals(OutboxDispatcher.STALE_CLAIM.toMinutes(),
                Duration.between(staleBefore, Instant.now()).toMinutes());
    }

    @Test
    void aTemplateFailureFailsItsExecutionWithTemplateFailedAtOnce() {
        outbox.add(List.of(entry("e1", "c1")));
        behaviour.put("e1", entry -> {
            throw new TemplateFailedException("SEQ-0634 a template could not be rendered: too long", null);
        });

        assertEquals(OptionalInt.of(1), dispatcher.drain());

        assertEquals(Map.of("exec-e1", ExecutionReason.TEMPLATE_FAILED), failedExecutions);
        assertEquals(List.of("e1"), outbox.failed);
        assertTrue(outbox.claimed.isEmpty(), "nothing is left claimed");
    }

    @Test
    void anErrorGivesTheEntryBackAndTheWorkerGoesOnWithTheRest() {
        // One contact, so both entries are in the same lane, the failing one first.
        outbox.add(List.of(entry("e1", "c1"), entry("e2", "c1")));
        behaviour.put("e1", entry -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertEquals(OptionalInt.of(2), dispatcher.drain());

        assertEquals(List.of("e1"), outbox.retried, "the entry that ran out of memory is tried again later");
        assertEquals(List.of("e2"), outbox.done, "the entry behind it in the lane was carried out");
        assertTrue(outbox.claimed.isEmpty(), "nothing is left claimed");

        behaviour.put("e3", entry -> {
            throw new StackOverflowError();
        });
        outbox.add(List.of(entry("e3", "c2"), entry("e4", "c2")));
        assertEquals(OptionalInt.of(2), dispatcher.drain(), "the next drain runs on the same workers");
        assertEquals(List.of("e1", "e3"), outbox.retried);
        assertEquals(List.of("e2", "e4"), outbox.done);
    }

    @Test
    void anEffectOverTheHostCallBudgetWaitsForTheNextHourWithoutCountingATryOrFailing() {
        Instant nextHour = Instant.parse("2026-03-02T10:00:00Z");
        outbox.add(List.of(entry("e1", "c1")));
        behaviour.put("e1", entry -> {
            throw new EffectException("the host did not create the task", true,
                    new HostCallBudgetException("SEQ-1101 spent", nextHour));
        });

        assertEquals(OptionalInt.of(1), dispatcher.drain());

        assertEquals(Map.of("e1", nextHour), outbox.deferred);
        assertEquals(List.of(), outbox.retried, "no try is counted");
        assertEquals(Map.of(), failedExecutions);
        assertTrue(outbox.claimed.isEmpty(), "nothing is left claimed");
    }

    private static OutboxEntry entry(String id, String contactId) {
        return new OutboxEntry(id, OutboxKind.TASK, "exec-" + id, contactId, "{}", 0, Instant.now());
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(OutboxDispatcherTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Pending entries are claimed all at once; what became of each claimed entry is recorded. */
    /** This server as a cluster member. */
    private record Member(String id, Instant startedAt) implements LocalMember {
    }

    private static final class FakeOutbox implements OutboxRepository {

        final List<OutboxEntry> pending = new ArrayList<>();
        final List<String> claimed = new ArrayList<>();
        final List<String> done = new ArrayList<>();
        final List<String> retried = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        final List<String> releases = new ArrayList<>();
        final Map<String, Instant> deferred = new LinkedHashMap<>();

        @Override
        public synchronized void add(List<OutboxEntry> entries) {
            pending.addAll(entries);
        }

        @Override
        public synchronized List<OutboxEntry> claim(String nodeId, Instant now, int limit) {
            List<OutboxEntry> claim = new ArrayList<>(pending);
            pending.clear();
            claim.forEach(entry -> claimed.add(entry.id()));
            return claim;
        }

        @Override
        public synchronized void done(String id, Instant at) {
            claimed.remove(id);
            done.add(id);
        }

        @Override
        public synchronized void retry(String id, Instant next, String error) {
            claimed.remove(id);
            retried.add(id);
        }

        @Override
        public synchronized void fail(String id, String error, Instant at) {
            claimed.remove(id);
            failed.add(id);
        }

        @Override
        public synchronized void defer(String id, Instant at) {
            claimed.remove(id);
            deferred.put(id, at);
        }

        @Override
        public Instant nextDue() {
            return null;
        }

        @Override
        public int releaseHeldEmails(String sequenceId, Instant at) {
            return 0;
        }

        @Override
        public int releaseStale(Instant before) {
            releases.add("stale before " + before);
            return 0;
        }

        @Override
        public int releaseClaimsOf(String memberId, Instant claimedBefore) {
            releases.add(memberId + " before " + claimedBefore);
            return 1;
        }

        @Override
        public int releaseClaimsOfStoppedMembers(Instant seenBefore) {
            releases.add("stopped members seen before " + seenBefore);
            return 2;
        }

        @Override
        public synchronized long open() {
            return pending.size() + claimed.size();
        }
    }
}
