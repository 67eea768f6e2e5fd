package org.salessequences.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.SequenceVersion;

/**
 * The sequences a service edits, held in memory as JPA would hold the managed entities (a change to a found
 * sequence or step is the stored one), with the replanning requests it received. Runs are not its business.
 */
final class InMemorySequences implements SequenceRepository {

    final Map<String, Sequence> sequences = new LinkedHashMap<>();
    final List<SequenceStep> steps = new ArrayList<>();
    final List<SequenceVersion> versions = new ArrayList<>();
    final List<String> replanned = new ArrayList<>();

    @Override
    public void add(Sequence sequence) {
        sequences.put(sequence.id(), sequence);
    }

    @Override
    public Optional<Sequence> find(String id) {
        return Optional.ofNullable(sequences.get(id)).filter(sequence -> !sequence.isDeleted());
    }

    @Override
    public List<Sequence> list(String ownerId, SequenceStatus status, int offset, int limit) {
        return sequences.values().stream().filter(sequence -> ownerId == null || ownerId.equals(sequence.ownerId()))
                .filter(sequence -> status == null || status == sequence.status()).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(String ownerId, SequenceStatus status) {
        return list(ownerId, status, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public boolean reserveSlot(String ownerId, int limit) {
        return count(ownerId, null) < limit;
    }

    @Override
    public void releaseSlot(String ownerId) {
    }

    @Override
    public List<SequenceStep> steps(String sequenceId) {
        return allSteps(sequenceId).stream().filter(step -> !step.isRemoved())
                .sorted(Comparator.comparingInt(SequenceStep::position)).toList();
    }

    @Override
    public List<SequenceStep> allSteps(String sequenceId) {
        return steps.stream().filter(step -> step.sequenceId().equals(sequenceId)).toList();
    }

    @Override
    public void addStep(SequenceStep step) {
        steps.add(step);
    }

    @Override
    public void addVersion(SequenceVersion version) {
        versions.add(version);
    }

    @Override
    public List<SequenceVersion> versions(String sequenceId, int offset, int limit) {
        return versions.stream().filter(version -> version.sequenceId().equals(sequenceId))
                .sorted(Comparator.comparingInt(SequenceVersion::version).reversed()).skip(offset).limit(limit)
                .toList();
    }

    @Override
    public long countVersions(String sequenceId) {
        return versions(sequenceId, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public void replanEnrollments(String sequenceId) {
        replanned.add(sequenceId);
    }

    @Override
    public void wakeForContacts(String sequenceId, Instant at) {
    }

    @Override
    public boolean claimRun(String sequenceId, String runId) {
        throw new UnsupportedOperationException("runs are not edited here");
    }

    @Override
    public void releaseRun(String sequenceId, String runId) {
        throw new UnsupportedOperationException("runs are not edited here");
    }

    @Override
    public boolean claimScheduledRun(String sequenceId, String runId, Instant dueAt, Instant nextRunAt,
                                     LocalDate runDate) {
        throw new UnsupportedOperationException("runs are not edited here");
    }

    @Override
    public List<DueRun> due(Instant now, int limit) {
        throw new UnsupportedOperationException("runs are not edited here");
    }

    @Override
    public boolean claimContactsRun(String sequenceId, String runId, Instant dueAt) {
        throw new UnsupportedOperationException("runs are not edited here");
    }

    @Override
    public void setNextDue(String sequenceId, Instant dueAt) {
        throw new UnsupportedOperationException("runs are not edited here");
    }

    @Override
    public void replanEnrollment(String enrollmentId) {
        throw new UnsupportedOperationException("runs are not edited here");
    }
}
