package org.salessequences.api.sequence;

/**
 * The text message of an {@code SMS} step.
 *
 * @param body Velocity template of the message
 */
public record SmsSettings(String body) {
}
