package org.salessequences.application.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.validation.SequenceValidator;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.shared.StoredDocuments;

/**
 * Turns stored sequences and steps into the contract's documents and back. A sequence row keeps its audience,
 * schedule and exit criteria as JSON; a step row keeps its conditions and settings as JSON; ids, positions,
 * days and timestamps live in columns.
 */
@ApplicationScoped
public class SequenceAssembler {

    @Inject
    StoredDocuments json;

    /** The JSON kept in the sequence row: the definition without steps and server fields. */
    public String sequenceDocument(SequenceDefinition definition) {
        return json.write(new SequenceDefinition(null, null, null, null, null, null, definition.audience(),
                definition.schedule(), null, definition.exitCriteria(), null, null, null, null,
                definition.guardrails(), null));
    }

    /** The schedule as stored in the sequence row's document (its holidays and time zone mode live there). */
    public ScheduleDefinition storedSchedule(Sequence sequence) {
        return json.read(sequence.definition(), SequenceDefinition.class).schedule();
    }

    /** The JSON kept in a step row: the step without id and position. */
    public String stepDocument(StepDefinition step) {
        return json.write(new StepDefinition(null, null, step.type(), step.day(), step.conditions(), step.match(),
                step.email(), step.task(), step.sms()));
    }

    public StepDefinition step(SequenceStep step) {
        StepDefinition stored = json.read(step.definition(), StepDefinition.class);
        return new StepDefinition(step.id(), step.position(), step.type().name(), step.day(), stored.conditions(),
                stored.match(), stored.email(), stored.task(), stored.sms());
    }

    public SequenceDefinition sequence(Sequence sequence, List<SequenceStep> steps) {
        SequenceDefinition stored = json.read(sequence.definition(), SequenceDefinition.class);
        return new SequenceDefinition(sequence.id(), sequence.ownerId(), sequence.name(), sequence.type().name(),
                sequence.status().name(), sequence.exclusive(), stored.audience(), stored.schedule(),
                steps.stream().map(this::step).toList(), stored.exitCriteria(), sequence.version(),
                time(sequence.createdAt()), time(sequence.updatedAt()), time(nextRun(sequence)),
                stored.guardrails() == null ? SequenceValidator.DEFAULT_GUARDRAILS : stored.guardrails(),
                sequence.pausedReason() == null ? null : sequence.pausedReason().name());
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
