package org.salessequences.api.activity;

import java.time.OffsetDateTime;

/**
 * One step execution on a contact's timeline ({@code GET /api/v1/contacts/{id}/activities}).
 *
 * @param id           the execution
 * @param sequenceId   the sequence
 * @param sequenceName its name
 * @param stepId       the step
 * @param stepPosition the step's position when it ran
 * @param type         the step's type
 * @param status       {@code EXECUTED}, {@code SKIPPED}, {@code DEFERRED} or {@code FAILED}
 * @param reason       why it did not simply run ({@code CONDITIONS_NOT_MET}, {@code DAILY_EMAIL_LIMIT},
 *                     {@code WAITING_FOR_REMINDER}, ...), else {@code null}
 * @param detail       more about a failure, for people
 * @param at           when it got this status
 * @param delivery     for an email step, what became of its email; else {@code null}
 */
public record ActivityView(String id, String sequenceId, String sequenceName, String stepId, int stepPosition,
                           String type, String status, String reason, String detail, OffsetDateTime at,
                           DeliveryView delivery) {
}
