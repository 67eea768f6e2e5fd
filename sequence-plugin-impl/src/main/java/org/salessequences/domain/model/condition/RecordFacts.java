package org.salessequences.domain.model.condition;

/**
 * What a condition can ask about one record: its properties and, inside a sequence, the email activity of
 * its enrollment.
 */
public interface RecordFacts {

    /** The value of a property field ({@link FieldScope#isProperty()}), or {@code null} when it has none. */
    String property(ConditionField field);

    /**
     * Whether the email event ({@code opened}, {@code clicked}, {@code replied}, {@code bounced}) happened for the
     * previous email step ({@code previousOnly}) or for any email of the enrollment. Records outside a sequence
     * have no email activity.
     */
    default boolean emailActivity(String event, boolean previousOnly) {
        return false;
    }
}
