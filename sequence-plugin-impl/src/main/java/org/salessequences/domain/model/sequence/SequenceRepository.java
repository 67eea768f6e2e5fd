package org.salessequences.domain.model.sequence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sequences that are not deleted, with their steps and saved versions. Every finder that takes an owner
 * applies user scope in the query itself ({@code null} owner: everyone's, for admins).
 */
public interface SequenceRepository {

    void add(Sequence sequence);

    Optional<Sequence> find(String id);

    /** Sequences of {@code ownerId} (everyone's when {@code null}), newest first, optionally of one status. */
    List<Sequence> list(String ownerId, SequenceStatus status, int offset, int limit);

    long count(String ownerId, SequenceStatus status);

    /**
     * Counts one more sequence for {@code ownerId}, unless that would pass {@code limit}.
     *
     * @return whether the owner had room
     */
    boolean reserveSlot(String ownerId, int limit);

    /** Gives back the slot of a deleted sequence. */
    void releaseSlot(String ownerId);

    /** The steps in the sequence now, by position. */
    List<SequenceStep> steps(String sequenceId);

    /** Every step the sequence ever had, removed ones included. */
    List<SequenceStep> allSteps(String sequenceId);

    void addStep(SequenceStep step);

    void addVersion(SequenceVersion version);

    /** Saved versions, newest first. */
    List<SequenceVersion> versions(String sequenceId, int offset, int limit);

    long countVersions(String sequenceId);

    /**
     * Marks {@code runId} as the sequence's run under way, unless another run holds it.
     *
     * @return whether this run got the sequence; only one run of a sequence is under way at a time, cluster-wide
     */
    boolean claimRun(String sequenceId, String runId);

    /** Lets the next run start; does nothing when {@code runId} no longer holds the sequence. */
    void releaseRun(String sequenceId, String runId);

    /**
     * Claims the sequence for its scheduled run due at {@code dueAt} and moves its schedule on, in one conditional
     * update: it succeeds only while the sequence is active, free and still due at exactly that time, so of several
     * cluster members (or ticks) only one starts the run.
     */
    boolean claimScheduledRun(String sequenceId, String runId, Instant dueAt, Instant nextRunAt, LocalDate runDate);

    /**
     * Active, free sequences whose next run is due by {@code now} (their own scheduled run, or, for sequences that send
     * in their recipients' time zones, the earliest due time of their contacts): their ids and due times.
     */
    List<DueRun> due(Instant now, int limit);

    /**
     * A sequence whose scheduled run is due.
     *
     * @param sequenceId   the sequence
     * @param dueAt        when its run was due
     * @param contactsOnly the run is for the contacts whose local time has come (a recipient-time-zone sequence
     *                     between its own runs), not the sequence's own scheduled run
     */
    record DueRun(String sequenceId, Instant dueAt, boolean contactsOnly) {

        public DueRun(String sequenceId, Instant dueAt) {
            this(sequenceId, dueAt, false);
        }
    }

    /**
     * Claims a recipient-time-zone sequence for a run of its contacts due at {@code dueAt}, in one conditional update
     * (active, free, still due at exactly that time), so that one cluster member starts it; the run sets the next due
     * time when it ends.
     */
    boolean claimContactsRun(String sequenceId, String runId, Instant dueAt);

    /** Sets when the contacts of a recipient-time-zone sequence are next due ({@code null}: none is). */
    void setNextDue(String sequenceId, Instant dueAt);

    /**
     * An enrollment of the sequence waits to be planned (added by hand, resumed, steps edited): a recipient-time-zone
     * sequence wakes for it at {@code at} unless it is due sooner. Does nothing for other sequences (their own
     * schedule plans it).
     */
    void wakeForContacts(String sequenceId, Instant at);

    /** Makes every active enrollment of the sequence be planned again at the next run (its steps changed). */
    void replanEnrollments(String sequenceId);

    /** Makes one enrollment be planned again at the next run (the reminder it waited on was sent). */
    void replanEnrollment(String enrollmentId);
}
