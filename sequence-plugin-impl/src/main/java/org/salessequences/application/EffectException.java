package org.salessequences.application;

import org.salessequences.domain.model.execution.ExecutionReason;

/**
 * A side effect of a step (sending an email or a text, creating a task) failed. A retryable failure is tried
 * again later with backoff; one that is not retryable fails the step execution with this message as detail.
 */
public class EffectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public EffectException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public EffectException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean isRetryable() {
        return retryable;
    }

    /** The reason a step execution fails with when this effect is given up. */
    public ExecutionReason reason() {
        return ExecutionReason.EFFECT_FAILED;
    }
}
