package org.salessequences.api.sequence;

/**
 * The task a {@code FOLLOW_UP} or {@code CALL_REMINDER} step creates for the sequence owner.
 *
 * @param title Velocity template of the task title
 * @param note  Velocity template of the task note
 */
public record TaskSettings(String title, String note) {
}
