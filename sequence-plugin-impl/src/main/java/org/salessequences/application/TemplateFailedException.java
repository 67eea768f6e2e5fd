package org.salessequences.application;

import org.salessequences.domain.model.execution.ExecutionReason;

/**
 * A step's template could not be rendered (it breaks the sandbox or its budget, or rendering ran out of memory or
 * stack). Never retried: the same template fails the same way; the execution fails with {@code TEMPLATE_FAILED}.
 */
public class TemplateFailedException extends EffectException {

    private static final long serialVersionUID = 1L;

    public TemplateFailedException(String message, Throwable cause) {
        super(message, false, cause);
    }

    @Override
    public ExecutionReason reason() {
        return ExecutionReason.TEMPLATE_FAILED;
    }
}
