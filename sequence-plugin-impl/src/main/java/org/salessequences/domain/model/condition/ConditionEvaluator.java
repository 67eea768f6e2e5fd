package org.salessequences.domain.model.condition;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Evaluates condition groups on one record in memory, with the semantics documented on {@link Operator}.
 * Used where the records come from outside the plugin's database (a remote host CRM) and for step conditions
 * that read email activity.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    public static boolean matches(ConditionGroup group, RecordFacts facts) {
        if (group.isEmpty()) {
            return true;
        }
        return group.match() == Match.ALL
                ? group.conditions().stream().allMatch(condition -> matches(condition, facts))
                : group.conditions().stream().anyMatch(condition -> matches(condition, facts));
    }

    public static boolean matches(Condition condition, RecordFacts facts) {
        ConditionField field = condition.field();
        if (!field.scope().isProperty()) {
            boolean happened = facts.emailActivity(field.name(), Condition.PREVIOUS_EMAIL.equals(condition.value()));
            return condition.operator() == Operator.NOT_EQUALS ? !happened : happened;
        }
        String actual = facts.property(field);
        String text = actual == null ? "" : actual.strip();
        return switch (condition.operator()) {
            case EQUALS -> text.equalsIgnoreCase(condition.value());
            case NOT_EQUALS -> !text.equalsIgnoreCase(condition.value());
            case CONTAINS -> lower(text).contains(lower(condition.value()));
            case NOT_CONTAINS -> !lower(text).contains(lower(condition.value()));
            case STARTS_WITH -> lower(text).startsWith(lower(condition.value()));
            case IS_EMPTY -> text.isEmpty();
            case IS_NOT_EMPTY -> !text.isEmpty();
            case GREATER_THAN -> !text.isEmpty() && compare(text, condition.value()) > 0;
            case LESS_THAN -> !text.isEmpty() && compare(text, condition.value()) < 0;
            case IN -> condition.values().stream().anyMatch(text::equalsIgnoreCase);
        };
    }

    /** Numbers compare as numbers, anything else as text ignoring case (as {@link Operator} says). */
    static int compare(String actual, String expected) {
        BigDecimal left = number(actual);
        BigDecimal right = number(expected);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        return lower(actual).compareTo(lower(expected));
    }

    /** The number a text spells, or {@code null}: the same test the SQL side applies when it stores fields. */
    public static BigDecimal number(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,18}(\\.\\d{1,12})?")) {
            return null;
        }
        return new BigDecimal(text.strip());
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
