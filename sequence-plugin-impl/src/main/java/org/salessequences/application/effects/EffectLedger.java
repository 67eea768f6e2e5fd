package org.salessequences.application.effects;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;
import org.salessequences.domain.model.outbox.OutboxRepository;
import org.salessequences.domain.model.reminder.Reminder;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.reminder.ReminderRepository;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.domain.model.shared.StoredDocuments;

/**
 * The writes that finish an effect, each in one transaction with marking its outbox entry done, so that an
 * effect is never recorded without being marked or marked without being recorded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class EffectLedger {

    @Inject
    OutboxRepository outbox;
    @Inject
    ExecutionRepository executions;
    @Inject
    ReminderRepository reminders;
    @Inject
    StoredDocuments json;
    @Inject
    Clock clock;
    @Inject
    SequenceRepository sequences;

    /** An email went out: the execution keeps its Message-ID and subject; the host hears of it. */
    public void emailSent(OutboxEntry entry, String messageId, String subject, HostUpdate update) {
        executions.markSent(entry.executionId(), messageId, subject, clock.instant());
        queueHostUpdate(entry.contactId(), update);
        outbox.done(entry.id(), clock.instant());
    }

    /** A text went out. */
    public void smsSent(OutboxEntry entry, HostUpdate update) {
        executions.markSent(entry.executionId(), null, null, clock.instant());
        queueHostUpdate(entry.contactId(), update);
        outbox.done(entry.id(), clock.instant());
    }

    /** A reminder was created for the rep (unless an earlier try of this entry created it already). */
    public void reminderCreated(OutboxEntry entry, Reminder reminder) {
        if (reminders.findByExecution(entry.executionId()).isEmpty()) {
            reminders.add(reminder);
        }
        outbox.done(entry.id(), clock.instant());
    }

    /** The host was updated. */
    public void done(OutboxEntry entry) {
        outbox.done(entry.id(), clock.instant());
    }

    /**
     * The email waits for its mailbox's limits: the entry is due again at {@code retryAt}, without counting a try, and
     * the execution is {@code DEFERRED} with the limit that holds it (for the timeline).
     */
    public void waitForMailbox(OutboxEntry entry, Instant retryAt, ExecutionReason reason) {
        executions.markWaitingForMailbox(entry.executionId(), reason);
        outbox.defer(entry.id(), retryAt);
    }

    /** The email's sequence is paused: it waits, not counting a try, until the sequence is resumed (or {@code until}). */
    public void held(OutboxEntry entry, Instant until) {
        outbox.defer(entry.id(), until);
    }

    /**
     * An email that had waited for its mailbox went out: the enrollment's next step, which waited on it, is planned at
     * the next run (at once, with recipient time zones).
     */
    public void mailboxWaitEnded(String enrollmentId, String sequenceId) {
        sequences.replanEnrollment(enrollmentId);
        sequences.wakeForContacts(sequenceId, clock.instant());
    }

    /** The effect gave up: its execution fails with the reason and detail, for the timeline. */
    public void givenUp(OutboxEntry entry, ExecutionReason reason, String detail) {
        outbox.fail(entry.id(), detail, clock.instant());
        if (entry.executionId() != null && entry.kind() != OutboxKind.HOST_UPDATE) {
            executions.markFailed(entry.executionId(), reason, detail, clock.instant());
        }
    }

    /** The effect will not happen because of a fact found when it was due (the address unsubscribed meanwhile). */
    public void skipped(OutboxEntry entry, ExecutionReason reason) {
        outbox.done(entry.id(), clock.instant());
        executions.markSkipped(entry.executionId(), reason, clock.instant());
    }

    /** Queues a host update in the caller's transaction. */
    public void queueHostUpdate(String contactId, HostUpdate update) {
        if (update != null) {
            outbox.add(List.of(new OutboxEntry(Ids.newId(), OutboxKind.HOST_UPDATE, null, contactId, json.write(update),
                    0, clock.instant())));
        }
    }
}
