package org.salessequences.domain.model.execution;

import java.time.Instant;

import org.salessequences.domain.model.sequence.StepType;

/**
 * A step execution as effects and events need it.
 *
 * @param id           the execution
 * @param enrollmentId its enrollment
 * @param sequenceId   its sequence
 * @param stepId       its step
 * @param stepType     the step's type
 * @param stepPosition the step's position when it ran
 * @param contactId    the contact
 * @param ownerId      the sequence owner
 * @param status       its status
 * @param messageId    the Message-ID of its email, once sent
 * @param subject      the subject its email went out with
 * @param sentAt       when its email went out
 */
public record ExecutionRef(String id, String enrollmentId, String sequenceId, String stepId, StepType stepType,
                           int stepPosition, String contactId, String ownerId, ExecutionStatus status, String messageId,
                           String subject, Instant sentAt) {
}
