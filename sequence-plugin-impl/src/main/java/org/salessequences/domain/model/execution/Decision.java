package org.salessequences.domain.model.execution;

import org.salessequences.domain.model.sequence.CompiledStep;

/**
 * What a run decided for one step of one enrollment.
 *
 * @param step   the step
 * @param status EXECUTED, SKIPPED or DEFERRED (FAILED comes later, from the effect)
 * @param reason why it did not simply run; {@code null} for EXECUTED
 */
public record Decision(CompiledStep step, ExecutionStatus status, ExecutionReason reason) {

    public static Decision executed(CompiledStep step) {
        return new Decision(step, ExecutionStatus.EXECUTED, null);
    }

    public static Decision skipped(CompiledStep step, ExecutionReason reason) {
        return new Decision(step, ExecutionStatus.SKIPPED, reason);
    }

    public static Decision deferred(CompiledStep step, ExecutionReason reason) {
        return new Decision(step, ExecutionStatus.DEFERRED, reason);
    }
}
