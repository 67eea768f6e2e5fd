package org.salessequences.domain.model.enrollment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact in a sequence. A contact is enrolled in a sequence at most once, ever. */
@Entity
@Table(name = "seq_enrollment")
public class Enrollment {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "sequence_id", nullable = false, length = 36)
    private String sequenceId;

    @Column(name = "contact_id", nullable = false)
    private String contactId;

    /** The account that brought the contact in, when the audience is made of accounts. */
    @Column(name = "account_id")
    private String accountId;

    /** The contact's email at enrollment, lower case, for duplicate prevention. */
    @Column(length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrollmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 20)
    private ExitReason exitReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnrollmentSource source;

    @Column(name = "enrolled_by")
    private String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "current_step_position")
    private Integer currentStepPosition;

    @Column(name = "next_step_at")
    private Instant nextStepAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "pause_reason", length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private PauseReason pauseReason;

    @Column(name = "resumes_at")
    private Instant resumesAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Enrollment() {
    }

    public Enrollment(String id, String sequenceId, String contactId, String accountId, String email,
                      EnrollmentSource source, String enrolledBy, Instant at) {
        this.id = id;
        this.sequenceId = sequenceId;
        this.contactId = contactId;
        this.accountId = accountId;
        this.email = email;
        this.source = source;
        this.enrolledBy = enrolledBy;
        this.status = EnrollmentStatus.ACTIVE;
        this.enrolledAt = at;
        this.updatedAt = at;
    }

    public void pause(Instant at) {
        if (status != EnrollmentStatus.ACTIVE) {
            throw new EnrollmentStateException("only an active enrollment can be paused; this one is " + status);
        }
        status = EnrollmentStatus.PAUSED;
        pauseReason = PauseReason.BY_USER;
        resumesAt = null;
        pausedAt = at;
        updatedAt = at;
    }

    public void resume(Instant at) {
        if (status != EnrollmentStatus.PAUSED) {
            throw new EnrollmentStateException("only a paused enrollment can be resumed; this one is " + status);
        }
        status = EnrollmentStatus.ACTIVE;
        pauseReason = null;
        resumesAt = null;
        pausedAt = null;
        updatedAt = at;
    }

    public void exit(ExitReason reason, Instant at) {
        if (status.isEnded()) {
            throw new EnrollmentStateException("the enrollment has already ended: " + status);
        }
        status = EnrollmentStatus.EXITED;
        exitReason = reason;
        endedAt = at;
        nextStepAt = null;
        updatedAt = at;
    }

    public void complete(Instant at) {
        if (status.isEnded()) {
            throw new EnrollmentStateException("the enrollment has already ended: " + status);
        }
        status = EnrollmentStatus.COMPLETED;
        endedAt = at;
        nextStepAt = null;
        updatedAt = at;
    }

    /** Records where the contact stands: the next step to run and when. */
    public void progress(Integer stepPosition, Instant stepAt, Instant at) {
        currentStepPosition = stepPosition;
        nextStepAt = stepAt;
        updatedAt = at;
    }

    public String id() {
        return id;
    }

    public String sequenceId() {
        return sequenceId;
    }

    public String contactId() {
        return contactId;
    }

    public String accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public EnrollmentStatus status() {
        return status;
    }

    public ExitReason exitReason() {
        return exitReason;
    }

    public EnrollmentSource source() {
        return source;
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Integer currentStepPosition() {
        return currentStepPosition;
    }

    public Instant nextStepAt() {
        return nextStepAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Why it is paused, or {@code null} when it is not (or was paused before reasons were kept). */
    public PauseReason pauseReason() {
        return pauseReason;
    }

    /** When a pause resumes by itself, or {@code null}. */
    public Instant resumesAt() {
        return resumesAt;
    }
}
