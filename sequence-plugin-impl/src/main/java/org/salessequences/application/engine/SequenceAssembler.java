package org.salessequences.application.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.validation.SequenceValidator;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceDocument;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.StepDocument;
import org.salessequences.domain.model.shared.StoredDocuments;

/**
 * Turns stored sequences and steps into the contract's documents and back. A sequence row keeps its audience,
 * schedule, exit criteria and guardrails as a {@link SequenceDocument}; a step row keeps its conditions and settings
 * as a {@link StepDocument}; ids, positions, days and timestamps live in columns. The documents are types of their
 * own, not the REST records, so that the contract can rename a field without changing what stored rows say.
 */
@ApplicationScoped
public class SequenceAssembler {

    @Inject
    StoredDocuments json;

    /** The JSON kept in the sequence row: the definition without steps and server fields. */
    public String sequenceDocument(SequenceDefinition definition) {
        return json.write(SequenceDocuments.stored(definition));
    }

    /** The schedule as stored in the sequence row's document (its holidays and time zone mode live there). */
    public ScheduleDefinition storedSchedule(Sequence sequence) {
        return SequenceDocuments.schedule(stored(sequence).schedule());
    }

    /** The audience as stored in the sequence row's document. */
    public AudienceDefinition storedAudience(Sequence sequence) {
        return SequenceDocuments.audience(stored(sequence).audience());
    }

    /** The JSON kept in a step row: the step without id and position. */
    public String stepDocument(StepDefinition step) {
        return json.write(SequenceDocuments.stored(step));
    }

    public StepDefinition step(SequenceStep step) {
        return SequenceDocuments.step(step.id(), step.position(), step.type().name(), step.day(),
                json.read(step.definition(), StepDocument.class));
    }

    public SequenceDefinition sequence(Sequence sequence, List<SequenceStep> steps) {
        SequenceDocument stored = stored(sequence);
        return new SequenceDefinition(sequence.id(), sequence.ownerId(), sequence.name(), sequence.type().name(),
                sequence.status().name(), sequence.exclusive(), SequenceDocuments.audience(stored.audience()),
                SequenceDocuments.schedule(stored.schedule()), steps.stream().map(this::step).toList(),
                SequenceDocuments.exitCriteria(stored.exitCriteria()), sequence.version(),
                time(sequence.createdAt()), time(sequence.updatedAt()), time(nextRun(sequence)),
                stored.guardrails() == null ? SequenceValidator.DEFAULT_GUARDRAILS
                        : SequenceDocuments.guardrails(stored.guardrails()),
                sequence.pausedReason() == null ? null : sequence.pausedReason().name());
    }

    private SequenceDocument stored(Sequence sequence) {
        return json.read(sequence.definition(), SequenceDocument.class);
    }

    /** The sequence's next run: its own, or sooner a run for the contacts whose local time comes first. */
    private static Instant nextRun(Sequence sequence) {
        Instant own = sequence.nextRunAt();
        Instant contacts = sequence.nextDueAt();
        return own == null || contacts == null ? own : contacts.isBefore(own) ? contacts : own;
    }

    public static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
