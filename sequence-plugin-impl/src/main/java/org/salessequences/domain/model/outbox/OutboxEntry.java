package org.salessequences.domain.model.outbox;

import java.time.Instant;

/**
 * One side effect to carry out.
 *
 * @param id          the entry
 * @param kind        what to do
 * @param executionId the step execution it belongs to, if any
 * @param contactId   the host contact it concerns
 * @param payload     JSON the effect needs beyond the execution (e.g. the step settings when it ran)
 * @param attempts    tries so far
 * @param createdAt   when it was written
 */
public record OutboxEntry(String id, OutboxKind kind, String executionId, String contactId, String payload,
                          int attempts, Instant createdAt) {
}
