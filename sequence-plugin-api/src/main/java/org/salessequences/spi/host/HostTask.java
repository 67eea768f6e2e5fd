package org.salessequences.spi.host;

import java.time.Instant;

/**
 * A task to create in the host for a user.
 *
 * @param contactId the contact it is about
 * @param ownerId   the host user who must do it
 * @param kind      {@code FOLLOW_UP} or {@code CALL}
 * @param title     one line for people
 * @param note      details, may be {@code null}
 * @param dueAt     when it is due
 */
public record HostTask(String contactId, String ownerId, String kind, String title, String note, Instant dueAt) {
}
