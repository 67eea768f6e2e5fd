package org.salessequences.spi.host;

import java.time.Instant;

/**
 * An entry for a contact's timeline in the host (an email sent, a call made, a task completed).
 *
 * @param type     {@code Email}, {@code Call}, {@code Task}, {@code SMS}, {@code Meeting} or a custom type name
 * @param title    one line for people
 * @param note     details, may be {@code null}
 * @param outcome  e.g. {@code Connected} for a call, may be {@code null}
 * @param ownerId  the host user it is logged for
 * @param at       when it happened
 */
public record HostActivity(String type, String title, String note, String outcome, String ownerId, Instant at) {
}
