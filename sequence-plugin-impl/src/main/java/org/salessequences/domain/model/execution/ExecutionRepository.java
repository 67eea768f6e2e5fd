package org.salessequences.domain.model.execution;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step executions: one row per (enrollment, step), enforced by a unique key, so a step can never run twice for
 * an enrollment whatever restarts and races happen. Every method joins the caller's transaction.
 */
public interface ExecutionRepository {

    /** Earlier executions of these enrollments: enrollment id to (step id to execution). */
    Map<String, Map<String, PastExecution>> history(Collection<String> enrollmentIds);

    /** Inserts new executions, as one batch. */
    void insert(List<ExecutionRecord> executions);

    /** Updates executions that were deferred to this run (same enrollment and step), as one batch. */
    void updateDeferred(List<ExecutionRecord> executions);

    /** Emails of an owner counted against the daily limit between two instants (queued or sent). */
    long countEmails(String ownerId, Instant from, Instant to);

    /** How many executions a run wrote, by status. */
    Map<ExecutionStatus, Long> countsForRun(String runId);

    Optional<ExecutionRef> find(String executionId);

    /** The executions of these ids that exist, in a few queries (for a batch of effects). */
    List<ExecutionRef> findAll(Collection<String> executionIds);

    Optional<ExecutionRef> findByMessageId(String messageId);

    /**
     * The owner's latest email to this (lower-case) address sent since then: what a bounce without the original's
     * Message-ID is matched to.
     */
    Optional<ExecutionRef> lastEmailTo(String ownerId, String email, Instant since);

    /** The last email of the enrollment that went out before the step at {@code beforePosition}. */
    Optional<ExecutionRef> previousEmail(String enrollmentId, int beforePosition);

    /**
     * Records that the execution's effect went out; an email that waited for its mailbox's limits is {@code EXECUTED}
     * again (its time stays the one it ran at, so it counts against the daily limit of that day).
     */
    void markSent(String executionId, String messageId, String subject, Instant at);

    /** An email that ran waits in the outbox for its mailbox's limits: {@code DEFERRED} with that reason. */
    void markWaitingForMailbox(String executionId, ExecutionReason reason);

    /**
     * A sent email bounced softly: the execution is {@code DEFERRED} with {@link ExecutionReason#SOFT_BOUNCE} and no
     * longer sent, so the next run executes the step again (its Message-ID stays until the email goes again).
     *
     * @return whether it was a sent email that had not bounced before
     */
    boolean deferAfterSoftBounce(String executionId, Instant at);

    /** Marks an execution SKIPPED after all (a fact found when its effect was due). */
    void markSkipped(String executionId, ExecutionReason reason, Instant at);

    /** Marks an execution FAILED (its effect gave up). */
    void markFailed(String executionId, ExecutionReason reason, String detail, Instant at);

    /** Records a signal on the execution unless it was recorded before; returns whether it was new. */
    boolean signal(String executionId, EmailSignal signal, Instant at);

    /** A contact's executions in sequences of {@code ownerId} (all when {@code null}), newest first. */
    List<TimelineEntry> timeline(String contactId, String ownerId, int offset, int limit);

    long countTimeline(String contactId, String ownerId);

    /** Counts per step of a sequence (removed steps included when they have executions). */
    List<StepMetrics> metrics(String sequenceId);
}
