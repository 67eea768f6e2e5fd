package org.salessequences.domain.model.condition;

/**
 * How a condition compares a field with its value. Every implementation (in-memory evaluation, SQL translation)
 * follows these semantics:
 * <ul>
 *   <li>text comparisons ignore case; an absent field counts as empty text;</li>
 *   <li>{@link #GREATER_THAN} and {@link #LESS_THAN} compare as numbers when both sides are numbers, otherwise as
 *       text (so ISO dates compare chronologically); an empty field matches neither;</li>
 *   <li>the negative operators ({@link #NOT_EQUALS}, {@link #NOT_CONTAINS}) match an empty field.</li>
 * </ul>
 */
public enum Operator {
    EQUALS(Arity.ONE),
    NOT_EQUALS(Arity.ONE),
    CONTAINS(Arity.ONE),
    NOT_CONTAINS(Arity.ONE),
    STARTS_WITH(Arity.ONE),
    IS_EMPTY(Arity.NONE),
    IS_NOT_EMPTY(Arity.NONE),
    GREATER_THAN(Arity.ONE),
    LESS_THAN(Arity.ONE),
    IN(Arity.MANY);

    /** How many values an operator takes. */
    public enum Arity {
        NONE, ONE, MANY
    }

    private final Arity arity;

    Operator(Arity arity) {
        this.arity = arity;
    }

    public Arity arity() {
        return arity;
    }

    /** The operator of that name, or {@code null}. */
    public static Operator named(String name) {
        for (Operator operator : values()) {
            if (operator.name().equals(name)) {
                return operator;
            }
        }
        return null;
    }
}
