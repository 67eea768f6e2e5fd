package org.salessequences.infrastructure.templating.velocity;

import java.util.Map;

import org.apache.velocity.VelocityContext;

/**
 * The variables of one rendering, read and written under its budget: each read or write checks the time (so that
 * loops stop even when they print nothing) and no value longer than {@link ValueSize#MAX_CHARS} can be read from
 * the model or set by {@code #set} or {@code #foreach}, so that nothing later prints, compares or hashes one.
 */
final class BudgetedContext extends VelocityContext {

    private static final long serialVersionUID = 1L;

    private final transient RenderBudget budget;

    BudgetedContext(Map<String, Object> model, RenderBudget budget) {
        super(model);
        this.budget = budget;
    }

    @Override
    public Object internalGet(String key) {
        budget.checkTime();
        return ValueSize.requireBounded(super.internalGet(key));
    }

    @Override
    public Object internalPut(String key, Object value) {
        budget.checkTime();
        return super.internalPut(key, ValueSize.requireBounded(value));
    }
}
