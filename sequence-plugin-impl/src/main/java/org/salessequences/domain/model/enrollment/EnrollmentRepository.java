package org.salessequences.domain.model.enrollment;

import java.util.List;
import java.util.Optional;

/** Enrollments. Queries that serve a caller take the owner whose sequences they may see ({@code null}: all). */
public interface EnrollmentRepository {

    void add(Enrollment enrollment);

    Optional<Enrollment> find(String id);

    /** Enrollments of a sequence, oldest first, optionally of one status. */
    List<Enrollment> list(String sequenceId, EnrollmentStatus status, int offset, int limit);

    long count(String sequenceId, EnrollmentStatus status);

    /** A contact's enrollments in sequences of {@code ownerId} (all sequences when {@code null}), newest first. */
    List<Enrollment> listForContact(String contactId, String ownerId, int offset, int limit);

    long countForContact(String contactId, String ownerId);

    /** Whether the contact was ever enrolled in the sequence (a contact is enrolled at most once). */
    boolean isEnrolled(String sequenceId, String contactId);

    /** Whether an enrollment of the sequence already has this (lower-case) email. */
    boolean hasEmail(String sequenceId, String email);

    /**
     * Whether the contact is active or paused in an exclusive sequence other than {@code sequenceId}. Takes the
     * exclusive admission lock first and keeps it until the caller's transaction ends (as
     * {@link EnrollmentBatchStore#inOtherExclusiveSequences} does, so runs and manual enrollments wait for each other).
     */
    boolean isInOtherExclusiveSequence(String contactId, String sequenceId);

    /** Enrollments of a sequence counted by status and, for exited ones, reason ({@code null} for the others). */
    java.util.List<OutcomeCount> outcomes(String sequenceId);

    /**
     * One group of {@link #outcomes}.
     *
     * @param status the status
     * @param reason the exit reason, {@code null} unless exited
     * @param count  how many
     */
    record OutcomeCount(EnrollmentStatus status, ExitReason reason, long count) {
    }

    /** Ends every active or paused enrollment of a sequence with {@code reason}; returns how many. */
    int exitAll(String sequenceId, ExitReason reason, java.time.Instant at);
}
