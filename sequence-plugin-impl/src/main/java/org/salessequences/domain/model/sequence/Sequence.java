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
    }
}
