package org.salessequences.domain.model.execution;

import java.time.Instant;

import org.salessequences.domain.model.sequence.StepType;

/** A step execution a run writes. */
public record ExecutionRecord(String id, String enrollmentId, String sequenceId, String stepId, StepType stepType,
                              int stepPosition, String contactId, String ownerId, ExecutionStatus status,
                              ExecutionReason reason, String runId, Instant at) {
}
