package org.salessequences.domain.model.condition;

import java.util.List;

/**
 * A validated condition.
 *
 * @param field    what it reads
 * @param operator how it compares
 * @param values   no value for the emptiness operators, one for the others, one or more for {@link Operator#IN};
 *                 for email activity {@code previous} or {@code any}
 */
public record Condition(ConditionField field, Operator operator, List<String> values) {

    /** Email activity conditions ask about the previous email step of the sequence... */
    public static final String PREVIOUS_EMAIL = "previous";
    /** ...or about any email of the sequence. */
    public static final String ANY_EMAIL = "any";

    public Condition {
        values = List.copyOf(values);
    }

    /** The single value of a one-value operator. */
    public String value() {
        return values.isEmpty() ? null : values.get(0);
    }
}
