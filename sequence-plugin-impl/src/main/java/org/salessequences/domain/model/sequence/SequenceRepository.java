package org.salessequences.domain.model.sequence;

import java.util.List;
import java.util.Optional;

/**
 * Sequences that are not deleted. Every finder that takes an owner applies user scope in the query itself.
 */
public interface SequenceRepository {

    void add(Sequence sequence);

    Optional<Sequence> find(String id);

    /** Sequences of {@code ownerId}, or of everyone when {@code ownerId} is {@code null}, newest first. */
    List<Sequence> list(String ownerId, int offset, int limit);

    long count(String ownerId);

    /**
     * Marks {@code runId} as the sequence's run under way, unless another run holds it.
     *
     * @return whether this run got the sequence; only one run of a sequence is under way at a time, cluster-wide
     */
    boolean claimRun(String sequenceId, String runId);

    /** Lets the next run start; does nothing when {@code runId} no longer holds the sequence. */
    void releaseRun(String sequenceId, String runId);
}
