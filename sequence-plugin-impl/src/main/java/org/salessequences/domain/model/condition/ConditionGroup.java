package org.salessequences.domain.model.condition;

import java.util.List;

/**
 * Conditions combined with ALL or ANY. An empty group always holds.
 *
 * @param match      ALL or ANY
 * @param conditions at most {@value #MAX_CONDITIONS}
 */
public record ConditionGroup(Match match, List<Condition> conditions) {

    /** The most conditions any list may hold (the seed CRM's limit). */
    public static final int MAX_CONDITIONS = 8;

    public static final ConditionGroup ALWAYS = new ConditionGroup(Match.ALL, List.of());

    public ConditionGroup {
        conditions = List.copyOf(conditions);
        if (conditions.size() > MAX_CONDITIONS) {
            throw new IllegalArgumentException("at most " + MAX_CONDITIONS + " conditions");
        }
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** Whether any condition asks about email activity (such groups need the enrollment's history). */
    public boolean readsEmailActivity() {
        return conditions.stream().anyMatch(condition -> !condition.field().scope().isProperty());
    }
}
