package org.salessequences.application.effects;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.mailbox.MailboxLimitsStore;
import org.salessequences.domain.model.mailbox.MailboxPace;
import org.salessequences.domain.model.mailbox.SendLimits;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.sequence.SequenceStates;

/**
 * What stands between a queued email and its sending: its sequence must not be paused (a paused sequence's emails
 * wait in the outbox until it is resumed, so a sequence its guardrails paused sends nothing more), and a mailbox with
 * {@code limits} must give it its turn ({@link MailboxPace}, shared by the cluster through the database). An email that
 * may not go now is put back for the time it is expected to go, never dropped, and its place is kept.
 */
@ApplicationScoped
public class MailboxPacing {

    /** How long the email of a paused sequence waits before it is looked at again (resuming releases it at once). */
    static final Duration HOLD = Duration.ofMinutes(15);

    @Inject
    MailboxLimitsStore limits;
    @Inject
    MailboxPace pace;
    @Inject
    SequenceStates sequences;
    @Inject
    EffectLedger ledger;

    /** The gate for a batch of emails: the limits of their owners and their paused sequences, read once. */
    public Gate gateFor(Collection<ExecutionRef> executions) {
        if (executions.isEmpty()) {
            return new Gate(Map.of(), Set.of());
        }
        return new Gate(limits.of(executions.stream().map(ExecutionRef::ownerId).distinct().toList()),
                sequences.notSending(executions.stream().map(ExecutionRef::sequenceId).distinct().toList()));
    }

    /** The gate of one batch. */
    public final class Gate {
        private final Map<String, SendLimits> limitsByOwner;
        private final Set<String> notSending;

        private Gate(Map<String, SendLimits> limitsByOwner, Set<String> notSending) {
            this.limitsByOwner = limitsByOwner;
            this.notSending = notSending;
        }

        /**
         * Sends the entry's email through {@code send} when its sequence sends and its mailbox gives it its turn;
         * otherwise puts the entry back for later and answers empty. The mailbox's spacing counts from when {@code
         * send} returned (or failed).
         */
        public <T> Optional<T> through(OutboxEntry entry, ExecutionRef execution, Supplier<Instant> clock,
                                       Supplier<T> send) {
            Instant now = clock.get();
            if (notSending.contains(execution.sequenceId())) {
                ledger.held(entry, now.plus(HOLD));
                return Optional.empty();
            }
            SendLimits mailbox = limitsByOwner.getOrDefault(execution.ownerId(), SendLimits.NONE);
            if (!mailbox.limited()) {
                return Optional.of(send.get());
            }
            MailboxPace.Turn turn = pace.take(execution.ownerId(), mailbox, entry.id(), now);
            if (!turn.granted()) {
                ledger.waitForMailbox(entry, turn.retryAt(), turn.reason());
                return Optional.empty();
            }
            try {
                return Optional.of(send.get());
            } finally {
                pace.sent(execution.ownerId(), mailbox, turn.turnId(), clock.get());
            }
        }
    }
}
