package org.salessequences.domain.model.enrollment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Set-based access to enrollments for sequence runs: one statement per chunk of records, never one per record.
 * Every method joins the caller's transaction.
 */
public interface EnrollmentBatchStore {

    /** Which of these contacts were ever enrolled in the sequence. */
    Set<String> enrolledContacts(String sequenceId, Collection<String> contactIds);

    /** Which of these (lower-case) emails an enrollment of the sequence already has. */
    Set<String> enrolledEmails(String sequenceId, Collection<String> emails);

    /**
     * Which of these contacts are active or paused in an exclusive sequence other than this one. Takes the exclusive
     * admission lock first and keeps it until the caller's transaction ends, so the answer still holds when the
     * enrollments it allows are committed.
     */
    Set<String> inOtherExclusiveSequences(String sequenceId, Collection<String> contactIds);

    void insert(List<NewEnrollment> enrollments);

    /**
     * Active enrollments a run has work for, by id after {@code afterId}: those never run yet and those whose next
     * step is due by {@code runAt} ({@code everyActive}: all active ones that have steps left, for smart sequences).
     */
    List<EnrollmentRow> due(String sequenceId, Instant runAt, boolean everyActive, String afterId, int limit);

    /** As {@link #due}, among the enrollments with ids up to {@code lastId} ({@code null}: no upper bound). */
    List<EnrollmentRow> dueUpTo(String sequenceId, Instant runAt, boolean everyActive, String afterId, String lastId,
                                int limit);

    /**
     * The id of the sequence's enrollment {@code step} places after {@code afterId} in id order ({@code null}: from
     * the first), reading the sequence's id index only; empty when the sequence has fewer enrollments after it.
     */
    Optional<String> idAfter(String sequenceId, String afterId, int step);
    /**
     * Active enrollments with steps left that are due by {@code runAt} or not planned yet, after {@code after} in the
     * order of {@link DueCursor}: read from an index of due times, so a run reads only these, however many are not due.
     */
    List<EnrollmentRow> dueByTime(String sequenceId, Instant runAt, DueCursor after, int limit);

    /**
     * The earliest time an active enrollment of the sequence is due: {@code now} when one waits to be planned, {@code
     * null} when none has a step left.
     */
    Instant earliestDue(String sequenceId, Instant now);

    /** Audience enrollments of the sequence made in [{@code from}, {@code to}). */
    long countAudienceEnrollments(String sequenceId, Instant from, Instant to);

    /** Exits live enrollments of the sequence another enrollment of which, from the same account, replied. */
    int exitAccountReplied(String sequenceId, Instant at);

    /**
     * Of these accounts, the enrollments of the sequence from them that were replied to: account id to the ids of
     * those enrollments.
     */
    Map<String, Set<String>> repliedByAccount(String sequenceId, Collection<String> accountIds);

    /** The live enrollments of a contact, in any sequence. */
    List<LiveEnrollment> liveByContact(String contactId);

    /** Active and paused enrollments, by id after {@code afterId}. */
    List<EnrollmentRow> live(String sequenceId, String afterId, int limit);

    void progress(List<EnrollmentProgress> updates);

    /** Completes the active enrollments whose steps are all done; returns how many. */
    int completeFinished(String sequenceId, Instant at);

    /** Exits live enrollments of which an email was replied to; returns how many. */
    int exitReplied(String sequenceId, Instant at);

    /** Exits live enrollments of which an email bounced; returns how many. */
    int exitBounced(String sequenceId, Instant at);

    /** Exits live enrollments whose email address unsubscribed; returns how many. */
    int exitUnsubscribed(String sequenceId, Instant at);

    /** The live enrollments with this (lower-case) email, in any sequence: their ids and sequences. */
    List<LiveEnrollment> liveByEmail(String email);

    /** The live enrollments with this (lower-case) email in the sequences of one owner (a rep's mailbox). */
    List<LiveEnrollment> liveByEmailOfOwner(String ownerId, String email);

    /**
     * Pauses an active enrollment (or moves the resume time of one paused for the same reason) until {@code resumesAt}.
     *
     * @return whether it was paused
     */
    boolean pauseUntil(String enrollmentId, PauseReason reason, Instant resumesAt, Instant at);

    /**
     * A live enrollment whose step at {@code position} must run again (its email bounced softly): due at the next run
     * from that step on, even when it had run all its steps.
     *
     * @return whether it was live
     */
    boolean dueAgainAt(String enrollmentId, int position, Instant at);

    /** Resumes the enrollments paused until an instant that has come; @return how many */
    int resumeDue(Instant now);

    /**
     * A live enrollment of some sequence.
     *
     * @param id         the enrollment
     * @param sequenceId its sequence
     */
    record LiveEnrollment(String id, String sequenceId) {
    }

    /** Exits these live enrollments with a reason; returns how many. */
    int exit(Collection<String> enrollmentIds, ExitReason reason, Instant at);

    /** Contacts whose sequence lists the host does not show as they are now. */
    List<String> unsyncedContacts(int limit);

    /** Marks the enrollments of these contacts shown, those that did not change after {@code asOf}. */
    void markSynced(Collection<String> contactIds, Instant asOf);

    /** Every sequence these contacts are or were in (deleted sequences left out). */
    List<SequenceMembership> memberships(Collection<String> contactIds);
}
