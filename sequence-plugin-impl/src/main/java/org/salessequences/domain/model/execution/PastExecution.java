package org.salessequences.domain.model.execution;

import org.salessequences.domain.model.sequence.StepType;

/**
 * What an earlier run recorded for one step of an enrollment.
 *
 * @param executionId the execution
 * @param stepId   the step
 * @param type     the step's type
 * @param status   its status now
 * @param sent     for email steps: whether the email went out (for a reminder: whether the rep sent it)
 * @param opened   the email was opened
 * @param clicked  a link in it was clicked
 * @param replied  it was replied to
 * @param bounced  it bounced
 */
public record PastExecution(String executionId, String stepId, StepType type, ExecutionStatus status, boolean sent, boolean opened, boolean clicked,
                            boolean replied, boolean bounced) {
}
