package org.salessequences.domain.model.sequence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A sequence. The columns carry what the scheduler and queries need; the full definition is kept as a JSON
 * document beside them.
 */
@Entity
@Table(name = "seq_sequence")
public class Sequence {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SequenceType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SequenceStatus status;

    @Column(name = "exclusive_audience", nullable = false)
    private boolean exclusive;

    @Column(name = "schedule_time", nullable = false, length = 5)
    private String scheduleTime;

    @Column(nullable = false, length = 64)
    private String timezone;

    @Column(name = "exclude_weekends", nullable = false)
    private boolean excludeWeekends;

    @Column(name = "interval_days")
    private Integer intervalDays;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "current_run_id", length = 36)
    private String currentRunId;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Epoch day of the last scheduled run, which a smart sequence counts its interval from. */
    @Column(name = "last_run_date")
    private Integer lastRunDate;

    /** Steps are due at the schedule's time in each contact's own time zone. */
    @Column(name = "recipient_timezone", nullable = false)
    private boolean recipientTimezone;

    /** With recipient time zones: the earliest due time of the active enrollments (kept by the runs). */
    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_reason", length = 20)
    private PausedReason pausedReason;

    /** When a person last resumed the sequence: its guardrails count the emails sent since. */
    @Column(name = "rates_since")
    private Instant ratesSince;

    protected Sequence() {
    }

    public Sequence(String id, String ownerId, Instant createdAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.version = 0;
    }

    /** Replaces the definition; the caller has validated it. Bumps the version. */
    public void define(String name, SequenceType type, SequenceStatus status, boolean exclusive, String scheduleTime,
                       String timezone, boolean excludeWeekends, Integer intervalDays, String definition, Instant at) {
        this.name = name;
        this.type = type;
        this.status = status;
        this.exclusive = exclusive;
        this.scheduleTime = scheduleTime;
        this.timezone = timezone;
        this.excludeWeekends = excludeWeekends;
        this.intervalDays = intervalDays;
        this.definition = definition;
        this.updatedAt = at;
        this.version++;
    }

    /**
     * Whether steps are due in each contact's own time zone; a change plans the active enrollments again (the caller
     * does), and the scheduler wakes at once for a sequence that now sends in its recipients' zones.
     */
    public void sendInRecipientTimezone(boolean recipientTimezone, Instant at) {
        if (recipientTimezone && !this.recipientTimezone) {
            nextDueAt = at;
        }
        this.recipientTimezone = recipientTimezone;
        if (!recipientTimezone) {
            nextDueAt = null;
        }
    }

    /**
     * A person saved the sequence with {@code status}: a sequence that paused itself and is saved as active again was
     * resumed deliberately, so its guardrails count afresh from now; saved paused, it keeps its reason.
     */
    public void statusSetByPerson(Instant at) {
        if (status != SequenceStatus.PAUSED) {
            if (pausedReason != null) {
                ratesSince = at;
            }
            pausedReason = null;
        }
        if (status == SequenceStatus.ACTIVE && recipientTimezone && nextDueAt == null) {
            // Resumed (or activated): its contacts are looked at now, each due in its own zone.
            nextDueAt = at;
        }
    }

    /** The sequence pauses itself: it stops running until a person resumes it. */
    public void pauseItself(PausedReason reason, Instant at) {
        status = SequenceStatus.PAUSED;
        pausedReason = reason;
        nextRunAt = null;
        nextDueAt = null;
        updatedAt = at;
    }

    /**
     * Undoes the version bump of a {@link #define} that changed nothing, so that an unchanged save leaves no trace.
     */
    public void restoreVersion(int version, Instant updatedAt) {
        this.version = version;
        this.updatedAt = updatedAt;
    }

    public String id() {
        return id;
    }

    public String ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public SequenceType type() {
        return type;
    }

    public SequenceStatus status() {
        return status;
    }

    public boolean exclusive() {
        return exclusive;
    }

    public String scheduleTime() {
        return scheduleTime;
    }

    public String timezone() {
        return timezone;
    }

    public boolean excludeWeekends() {
        return excludeWeekends;
    }

    public Integer intervalDays() {
        return intervalDays;
    }

    public String definition() {
        return definition;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant nextRunAt() {
        return nextRunAt;
    }

    public void scheduleNextRun(Instant at) {
        this.nextRunAt = at;
    }

    public java.time.LocalDate lastRunDate() {
        return lastRunDate == null ? null : java.time.LocalDate.ofEpochDay(lastRunDate);
    }

    public boolean recipientTimezone() {
        return recipientTimezone;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public PausedReason pausedReason() {
        return pausedReason;
    }

    public Instant ratesSince() {
        return ratesSince;
    }

    public String currentRunId() {
        return currentRunId;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Deleted sequences disappear from every list and lookup; their rows stay for history. */
    public void delete(Instant at) {
        deletedAt = at;
        updatedAt = at;
        nextRunAt = null;
        nextDueAt = null;
    }
}
