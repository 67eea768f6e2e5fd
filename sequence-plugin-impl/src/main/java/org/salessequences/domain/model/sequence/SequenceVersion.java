package org.salessequences.domain.model.sequence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A saved version of a sequence: who saved it, when, what changed, and the whole definition as it was. */
@Entity
@Table(name = "seq_sequence_version")
public class SequenceVersion {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "sequence_id", nullable = false, length = 36)
    private String sequenceId;

    @Column(nullable = false)
    private int version;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** JSON array of the paths that changed. */
    @Lob
    @Column(nullable = false)
    private String changes;

    /** JSON of the sequence as saved. */
    @Lob
    @Column(nullable = false)
    private String snapshot;

    protected SequenceVersion() {
    }

    public SequenceVersion(String id, String sequenceId, int version, String changedBy, Instant changedAt,
                           String changes, String snapshot) {
        this.id = id;
        this.sequenceId = sequenceId;
        this.version = version;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = changes;
        this.snapshot = snapshot;
    }

    public String sequenceId() {
        return sequenceId;
    }

    public int version() {
        return version;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changes() {
        return changes;
    }

    public String snapshot() {
        return snapshot;
    }
}
