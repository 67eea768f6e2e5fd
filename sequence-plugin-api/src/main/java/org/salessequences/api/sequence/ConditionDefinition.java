package org.salessequences.api.sequence;

/**
 * One condition on a record property or on email activity.
 *
 * @param field    a contact or account property ({@code city}, {@code fields.sdrSequence}, {@code account.name}) or an
 *                 email activity ({@code email.opened}, {@code email.clicked}, {@code email.replied}, {@code email.bounced})
 * @param operator {@code EQUALS}, {@code NOT_EQUALS}, {@code CONTAINS}, {@code NOT_CONTAINS}, {@code STARTS_WITH},
 *                 {@code IS_EMPTY}, {@code IS_NOT_EMPTY}, {@code GREATER_THAN}, {@code LESS_THAN} or {@code IN}
 * @param value    the operand: a string or number; for {@code IN} an array (or a comma-separated string); for email
 *                 activity {@code "previous"} or {@code "any"}; absent for the emptiness operators
 */
public record ConditionDefinition(String field, String operator, Object value) {
}
