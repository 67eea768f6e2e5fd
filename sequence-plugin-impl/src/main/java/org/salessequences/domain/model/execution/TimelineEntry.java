package org.salessequences.domain.model.execution;

import java.time.Instant;

import org.salessequences.domain.model.sequence.StepType;

/** One line of a contact's sequence timeline. */
public record TimelineEntry(String executionId, String sequenceId, String sequenceName, String stepId, int stepPosition,
                            StepType type, ExecutionStatus status, ExecutionReason reason, String detail, Instant at,
                            Delivery delivery) {
}
