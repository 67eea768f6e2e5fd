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
    @Column(name = "host_calls_deferred")
    private long hostCallsDeferred;
    private long failed;

    @Column(length = 2000)
    private String failure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The instant the run counts as: its scheduled time, or when "run now" was asked. */
    @Column(name = "run_at")
    private Instant runAt;

    @Column(name = "node_id", length = 64)
    private String nodeId;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected SequenceRun() {
    }

    public SequenceRun(String id, String sequenceId, RunTrigger trigger, Instant createdAt, Instant runAt) {
        this.id = id;
        this.sequenceId = sequenceId;
        this.trigger = trigger;
        this.status = RunStatus.STARTING;
        this.createdAt = createdAt;
        this.runAt = runAt;
    }

    public void attachJob(long executionId) {
        this.jobExecutionId = executionId;
    }

    /**
     * The job was launched (or relaunched after a restart) on cluster member {@code node} and waits there for a
     * thread. The heartbeat is real time, not the adjustable clock, because the check for abandoned runs compares it
     * with real time; the member stamps it again at every scheduler tick until the job begins, so a run queued behind
     * others is not taken for abandoned, while one queued on a member that stopped is.
     */
    public void queuedOn(String node, Instant heartbeat) {
        nodeId = node;
        heartbeatAt = heartbeat;
    }

    /** The job began (or began again after a restart) on cluster member {@code node}. */
    public void start(Instant at, String node, Instant heartbeat) {
        if (status == RunStatus.STARTING) {
            status = RunStatus.STARTED;
            startedAt = at;
            nodeId = node;
            heartbeatAt = heartbeat;
        }
    }

    /** Makes a failed run start again from its last checkpoint. */
    public void restart() {
        if (status != RunStatus.FAILED) {
            throw new IllegalStateException("only a failed run can be restarted; this one is " + status);
        }
        status = RunStatus.STARTING;
        failure = null;
        endedAt = null;
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

    /** Of {@link #deferred()}, the step executions put off because the hour's host calls were spent. */
    public long hostCallsDeferred() {
        return hostCallsDeferred;
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

    public Instant runAt() {
        return runAt;
    }

    public String nodeId() {
        return nodeId;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
