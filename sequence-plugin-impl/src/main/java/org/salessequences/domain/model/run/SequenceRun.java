package org.salessequences.domain.model.run;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of a sequence and what it did. */
@Entity
@Table(name = "seq_run")
public class SequenceRun {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "sequence_id", nullable = false, length = 36)
    private String sequenceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 10)
    private RunTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RunStatus status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    private long enrolled;
    private long exited;
    private long executed;
    private long skipped;
    private long deferred;
    private long failed;

    @Column(length = 2000)
    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SequenceRun() {
    }

    public SequenceRun(String id, String sequenceId, RunTrigger trigger, Instant createdAt) {
        this.id = id;
        this.sequenceId = sequenceId;
        this.trigger = trigger;
        this.status = RunStatus.STARTING;
        this.createdAt = createdAt;
    }

    public void attachJob(long executionId) {
        this.jobExecutionId = executionId;
    }

    public void start(Instant at) {
        if (status == RunStatus.STARTING) {
            status = RunStatus.STARTED;
            startedAt = at;
        }
    }

    /** Stamps when the run's totals were last brought up to date. */
    public void recorded(Instant at) {
        recordedAt = at;
    }

    public void complete(Instant at) {
        status = RunStatus.COMPLETED;
        endedAt = at;
    }

    public void fail(String reason, Instant at) {
        status = RunStatus.FAILED;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000));
        endedAt = at;
    }

    public String id() {
        return id;
    }

    public String sequenceId() {
        return sequenceId;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public RunStatus status() {
        return status;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public long enrolled() {
        return enrolled;
    }

    public long exited() {
        return exited;
    }

    public long executed() {
        return executed;
    }

    public long skipped() {
        return skipped;
    }

    public long deferred() {
        return deferred;
    }

    public long failed() {
        return failed;
    }

    public String failure() {
        return failure;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
