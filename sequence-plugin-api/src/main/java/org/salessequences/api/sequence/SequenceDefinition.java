package org.salessequences.api.sequence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A sequence as {@code POST/PUT /api/v1/sequences} take it and every sequence endpoint answers it.
 *
 * @param id           assigned by the server
 * @param ownerId      the user who owns the sequence (the token's {@code sub} of its creator)
 * @param name         a name for people
 * @param type         {@code CLASSIC} or {@code SMART}
 * @param status       {@code DRAFT}, {@code ACTIVE} or {@code PAUSED}
 * @param exclusive    a contact active in another exclusive sequence is not enrolled in this one
 * @param audience     who is enrolled
 * @param schedule     when it runs
 * @param steps        what it does, in order
 * @param exitCriteria when enrollments leave it
 * @param version      the number of the saved version this is (1 for a new sequence)
 * @param createdAt    when it was created
 * @param updatedAt    when it was last saved
 * @param nextRunAt    when it runs next, or {@code null} when it is not active
 * @param guardrails   the bounce and complaint rates past which the sequence pauses itself (defaults on)
 * @param pausedReason why a {@code PAUSED} sequence paused itself ({@code BOUNCE_RATE}, {@code COMPLAINT_RATE});
 *                     {@code null} when it is not paused or a person paused it. Read-only
 */
public record SequenceDefinition(String id, String ownerId, String name, String type, String status, Boolean exclusive,
                                 AudienceDefinition audience, ScheduleDefinition schedule, List<StepDefinition> steps,
                                 ExitCriteriaDefinition exitCriteria, Integer version, OffsetDateTime createdAt,
                                 OffsetDateTime updatedAt, OffsetDateTime nextRunAt, GuardrailsDefinition guardrails,
                                 String pausedReason) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public SequenceDefinition {
    }

    /** A sequence with the default guardrails. */
    public SequenceDefinition(String id, String ownerId, String name, String type, String status, Boolean exclusive,
                              AudienceDefinition audience, ScheduleDefinition schedule, List<StepDefinition> steps,
                              ExitCriteriaDefinition exitCriteria, Integer version, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt, OffsetDateTime nextRunAt) {
        this(id, ownerId, name, type, status, exclusive, audience, schedule, steps, exitCriteria, version, createdAt,
                updatedAt, nextRunAt, null, null);
    }
}
