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
 * @param reason   why it was skipped, deferred or failed; {@code null} when it simply ran
 */
public record PastExecution(String executionId, String stepId, StepType type, ExecutionStatus status, boolean sent,
                            boolean opened, boolean clicked, boolean replied, boolean bounced, ExecutionReason reason) {

    public PastExecution(String executionId, String stepId, StepType type, ExecutionStatus status, boolean sent,
                         boolean opened, boolean clicked, boolean replied, boolean bounced) {
        this(executionId, stepId, type, status, sent, opened, clicked, replied, bounced, null);
    }

    /**
     * An email that ran and waits in the outbox for its mailbox's limits: nothing more is decided for this step (it
     * goes out by itself), and the enrollment's next step waits until it has.
     */
    public boolean waitsForMailbox() {
        return status == ExecutionStatus.DEFERRED && reason != null && reason.waitsForMailbox();
    }

    /** Whether a run decides nothing more for this step. */
    public boolean isSettled() {
        return status.isFinal() || waitsForMailbox();
    }
}
