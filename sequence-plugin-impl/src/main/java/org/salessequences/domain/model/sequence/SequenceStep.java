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
 * One step of a sequence. Its id is stable across edits; a step removed from the sequence keeps its row (with
 * {@code removedAt}) so that its executions and metrics stay attached to it.
 */
@Entity
@Table(name = "seq_step")
public class SequenceStep {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "sequence_id", nullable = false, length = 36)
    private String sequenceId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepType type;

    @Column(name = "day_number")
    private Integer day;

    @Lob
    @Column(nullable = false)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected SequenceStep() {
    }

    public SequenceStep(String id, String sequenceId, StepType type, Instant createdAt) {
        this.id = id;
        this.sequenceId = sequenceId;
        this.type = type;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Places the step and replaces its settings; the type of a step never changes. */
    public void define(int position, Integer day, String definition, Instant at) {
        if (this.position != position || !java.util.Objects.equals(this.day, day)
                || !definition.equals(this.definition)) {
            this.updatedAt = at;
        }
        this.position = position;
        this.day = day;
        this.definition = definition;
        this.removedAt = null;
    }

    public void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
            updatedAt = at;
        }
    }

    public String id() {
        return id;
    }

    public String sequenceId() {
        return sequenceId;
    }

    public int position() {
        return position;
    }

    public StepType type() {
        return type;
    }

    public Integer day() {
        return day;
    }

    public String definition() {
        return definition;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
