package org.salessequences.application.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.domain.model.condition.Condition;
import org.salessequences.domain.model.condition.ConditionField;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.domain.model.condition.Match;
import org.salessequences.domain.model.condition.Operator;

/**
 * Reads a list of condition definitions and its match into a {@link ConditionGroup}, reporting each bad part
 * under the given path ({@code steps[2].conditions[0].operator}).
 */
public final class ConditionGroupReader {

    /** Longest value a condition may carry; longer is a mistake, not a filter. */
    static final int MAX_VALUE_LENGTH = 1000;

    private ConditionGroupReader() {
    }

    /**
     * @param parent             path of the object holding {@code conditions} and {@code match} ({@code ""} at the top)
     * @param allowEmailActivity whether {@code email.*} fields make sense here (steps and exit criteria, not
     *                           audiences or saved views)
     * @return the group, or {@code null} when anything was reported
     */
    public static ConditionGroup read(String parent, List<ConditionDefinition> definitions, String matchName,
                                      boolean allowEmailActivity, Violations violations) {
        int before = violations.errors().size();
        Match match = Match.named(matchName);
        if (match == null) {
            violations.add(Violations.path(parent, "match"), "must be ALL or ANY");
        }
        List<ConditionDefinition> given = definitions == null ? List.of() : definitions;
        String listPath = Violations.path(parent, "conditions");
        if (given.size() > ConditionGroup.MAX_CONDITIONS) {
            violations.add(listPath, "must hold at most " + ConditionGroup.MAX_CONDITIONS + " conditions, not "
                    + given.size());
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Condition condition = read(Violations.item(listPath, i), given.get(i), allowEmailActivity, violations);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return violations.errors().size() == before ? new ConditionGroup(match, conditions) : null;
    }

    private static Condition read(String path, ConditionDefinition definition, boolean allowEmailActivity,
                                  Violations violations) {
        if (definition == null) {
            violations.add(path, "must be a condition");
            return null;
        }
        ConditionField field = ConditionField.parse(definition.field()).orElse(null);
        if (field == null) {
            violations.add(Violations.path(path, "field"), "unknown field " + quoted(definition.field())
                    + ": use a contact property, fields.<custom>, account.<property>, account.fields.<custom>"
                    + (allowEmailActivity ? " or email.opened|clicked|replied|bounced" : ""));
        } else if (!field.scope().isProperty() && !allowEmailActivity) {
            violations.add(Violations.path(path, "field"), "email activity cannot be used here");
            field = null;
        }
        Operator operator = Operator.named(definition.operator());
        if (operator == null) {
            violations.add(Violations.path(path, "operator"), "unknown operator " + quoted(definition.operator()));
        }
        if (field == null || operator == null) {
            return null;
        }
        List<String> values = values(definition.value(), operator);
        String valuePath = Violations.path(path, "value");
        if (values == null) {
            violations.add(valuePath, "must be a string, a number or, for IN, a list of them");
            return null;
        }
        if (field.scope() == FieldScope.EMAIL_ACTIVITY) {
            return readEmailActivity(path, field, operator, values, violations);
        }
        switch (operator.arity()) {
            case NONE -> {
                if (!values.isEmpty()) {
                    violations.add(valuePath, operator + " takes no value");
                    return null;
                }
            }
            case ONE -> {
                if (values.size() != 1 || values.get(0).isEmpty()) {
                    violations.add(valuePath, operator + " needs one value");
                    return null;
                }
            }
            case MANY -> {
                if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
                    violations.add(valuePath, "IN needs one or more non-empty values");
                    return null;
                }
            }
        }
        if (values.stream().anyMatch(value -> value.length() > MAX_VALUE_LENGTH)) {
            violations.add(valuePath, "must be at most " + MAX_VALUE_LENGTH + " characters");
            return null;
        }
        return new Condition(field, operator, values);
    }

    private static Condition readEmailActivity(String path, ConditionField field, Operator operator, List<String> values,
                                               Violations violations) {
        if (operator != Operator.EQUALS && operator != Operator.NOT_EQUALS) {
            violations.add(Violations.path(path, "operator"), "email activity takes EQUALS or NOT_EQUALS");
            return null;
        }
        if (values.size() != 1 || !List.of(Condition.PREVIOUS_EMAIL, Condition.ANY_EMAIL).contains(values.get(0))) {
            violations.add(Violations.path(path, "value"), "email activity takes \"previous\" or \"any\"");
            return null;
        }
        return new Condition(field, operator, values);
    }

    /** The values of a JSON value as text; {@code null} when it is of a shape no operator takes. */
    private static List<String> values(Object value, Operator operator) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            if (operator != Operator.IN) {
                return null;
            }
            List<String> values = new ArrayList<>();
            for (Object item : items) {
                String text = scalar(item);
                if (text == null) {
                    return null;
                }
                values.add(text);
            }
            return values;
        }
        String text = scalar(value);
        if (text == null) {
            return null;
        }
        if (operator == Operator.IN) {
            return List.of(text.split("\\s*,\\s*"));
        }
        return text.isEmpty() ? List.of("") : List.of(text);
    }

    static String scalar(Object value) {
        if (value instanceof String text) {
            return text.strip();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }

    private static String quoted(String text) {
        return text == null ? "(none)" : "\"" + text + "\"";
    }
}
