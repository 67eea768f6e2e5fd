package org.salessequences.application.effects;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.cluster.ClusterMembers;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCallBudgetException;

/**
 * Carries out pending outbox entries, oldest first, each on its own: a failure is retried later with backoff
 * (30 s, 2 min, 10 min, 30 min, 2 h, then given up) and never holds up the entries behind it. One drain at a time
 * per cluster member; members share the work through conditional claims. Within a claimed batch, the entries of
 * different contacts are carried out in parallel by a few workers (most of an effect's time is waiting on the
 * database, the host and the mail server); the entries of one contact stay in order, so a contact's fields end as
 * the last event set them.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(2));
    /**
     * A claim older than this is given back even though its member still stamps the member table (a member whose
     * sending hangs); claims of a member that stopped are given back as soon as it counts as stopped.
     */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private static final int BATCH = 200;

    @Inject
    Instance<Effect> effects;
    @Inject
    OutboxRepository outbox;
    @Inject
    EffectLedger ledger;
    @Inject
    LocalMember node;
    @Inject
    Clock clock;
    @Inject
    @EffectThreads
    Executor executor;
    /**
     * Sending lanes per drain ({@code sequences.outbox.lanes}): enough to overlap the waits on the database, the host
     * and the mail servers, each on a thread of its own ({@link EffectThreads}). A crash can repeat at most one email
     * per lane.
     */
    @Inject
    @ConfigProperty(name = "sequences.outbox.lanes")
    int lanes;

    private final Map<OutboxKind, Effect> byKind = new EnumMap<>(OutboxKind.class);
    private final AtomicBoolean draining = new AtomicBoolean();

    @PostConstruct
    void index() {
        effects.forEach(effect -> byKind.put(effect.kind(), effect));
    }

    /**
     * What a drain did: how many entries it carried out, and how long until the earliest entry still pending is due
     * (zero when one is due now; {@code null} when none is pending, or when another drain was under way: that one tells).
     */
    public record Drained(int handled, Duration untilNextDue) {
        static final Drained BUSY = new Drained(0, null);
    }

    /** Carries out everything due now; a drain already under way on this member makes this one return at once. */
    public Drained drain() {
        if (!draining.compareAndSet(false, true)) {
            return Drained.BUSY;
        }
        int handled = 0;
        try {
            List<OutboxEntry> batch;
            do {
                batch = outbox.claim(node.id(), clock.instant(), BATCH);
                carryOutInParallel(batch);
                handled += batch.size();
            } while (batch.size() == BATCH);
        } finally {
            draining.set(false);
        }
        // Asked once the flag is down: an entry queued while this drain ran found it busy and left its turn to this
        // answer. A busy drain asks nothing; asking there made every drain that found one under way wake again 1 ms
        // later, a spin of one query a millisecond for as long as a run sent (most of the server's CPU per email).
        return new Drained(handled, untilNextDue());
    }

    /**
     * How long until the earliest pending entry is due (zero when one is due now), or {@code null} when none is pending:
     * emails waiting for their mailbox's limits are due at their turn, which may be sooner than the next tick.
     */
    private Duration untilNextDue() {
        Instant next = outbox.nextDue();
        if (next == null) {
            return null;
        }
        Duration until = Duration.between(clock.instant(), next);
        return until.isNegative() ? Duration.ZERO : until;
    }

    /**
     * Gives back the entries claimed by members that stopped, as soon as they count as stopped: an earlier start of
     * this member (at once), members whose stamp in the member table has aged past {@link ClusterMembers#TIMEOUT}, and
     * claims older than {@link #STALE_CLAIM}. An entry whose email had gone out just before its member stopped is sent
     * again, with the same Message-ID: at most one per sending lane of that member. Returns how many were given back.
     */
    public int releaseAbandonedClaims() {
        Instant now = Instant.now();
        int released = outbox.releaseClaimsOf(node.id(), node.startedAt())
                + outbox.releaseClaimsOfStoppedMembers(now.minus(ClusterMembers.TIMEOUT))
                + outbox.releaseStale(now.minus(STALE_CLAIM));
        if (released > 0) {
            LOG.info(() -> LogId.OUTBOX_CLAIMS_RELEASED + " " + released
                    + " outbox entries claimed by members that stopped were given back");
        }
        return released;
    }

    private void carryOutInParallel(List<OutboxEntry> batch) {
        Map<String, List<OutboxEntry>> byContact = new LinkedHashMap<>();
        batch.forEach(entry -> byContact.computeIfAbsent(String.valueOf(entry.contactId()), contact -> new ArrayList<>())
                .add(entry));
        List<List<OutboxEntry>> work = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            work.add(new ArrayList<>());
        }
        int lane = 0;
        for (List<OutboxEntry> entries : byContact.values()) {
            work.get(lane++ % lanes).addAll(entries);
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<OutboxEntry> entries : work) {
            if (!entries.isEmpty()) {
                running.add(CompletableFuture.runAsync(() -> carryOut(entries), executor));
            }
        }
        running.forEach(CompletableFuture::join);
    }

    /** Carries out one lane's entries in order, each effect having read ahead for its entries of the lane. */
    private void carryOut(List<OutboxEntry> entries) {
        Map<OutboxKind, List<OutboxEntry>> ofKind = new EnumMap<>(OutboxKind.class);
        entries.forEach(entry -> ofKind.computeIfAbsent(entry.kind(), kind -> new ArrayList<>()).add(entry));
        Map<OutboxKind, Effect> readAhead = new EnumMap<>(OutboxKind.class);
        ofKind.forEach((kind, same) -> {
            Effect effect = byKind.get(kind);
            if (effect != null) {
                readAhead.put(kind, readAhead(effect, same));
            }
        });
        entries.forEach(entry -> carryOut(entry, readAhead.get(entry.kind())));
    }

    /** Reading ahead only saves queries: when it fails, each entry looks up what it needs (and fails on its own). */
    private static Effect readAhead(Effect effect, List<OutboxEntry> entries) {
        try {
            return effect.readAhead(entries);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, LogId.EFFECT_READ_AHEAD_FAILED + " reading ahead for " + entries.size() + " "
                    + effect.kind() + " effects failed; each looks up its own", e);
            return effect;
        }
    }

    private void carryOut(OutboxEntry entry, Effect effect) {
        try {
            if (effect == null) {
                throw new EffectException("no effect carries out " + entry.kind(), false);
            }
            effect.perform(entry);
        } catch (EffectException e) {
            if (e.getCause() instanceof HostCallBudgetException spent) {
                // Not a failure: the effect waits for the next hour's host calls without counting a try.
                LOG.info(() -> LogId.EFFECT_HELD + " " + entry.kind() + " effect " + entry.id() + " waits until "
                        + spent.resumesAt() + " (HOST_CALL_BUDGET)");
                ledger.held(entry, spent.resumesAt());
                return;
            }
            failed(entry, e.getMessage(), e.isRetryable(), e.reason(), e);
        } catch (RuntimeException | Error e) {
            // An Error (out of memory, stack overflow) in one effect must not end the lane and leave this entry and
            // the ones after it claimed until the stale-claim timeout: it is given back like any unexpected failure.
            failed(entry, "unexpected failure: " + e, true, ExecutionReason.EFFECT_FAILED, e);
        }
    }

    private void failed(OutboxEntry entry, String detail, boolean retryable, ExecutionReason reason,
                        Throwable cause) {
        if (retryable && entry.attempts() < BACKOFF.size()) {
            Instant next = clock.instant().plus(BACKOFF.get(entry.attempts()));
            LOG.log(Level.WARNING, LogId.EFFECT_RETRYING + " " + entry.kind() + " effect " + entry.id()
                    + " failed (try " + (entry.attempts() + 1) + "), retrying at " + next + ": " + detail, cause);
            outbox.retry(entry.id(), next, detail);
        } else {
            LOG.log(Level.SEVERE, LogId.EFFECT_GAVE_UP + " " + entry.kind() + " effect " + entry.id() + " gave up: "
                    + detail, cause);
            ledger.givenUp(entry, reason, detail);
        }
    }
}
