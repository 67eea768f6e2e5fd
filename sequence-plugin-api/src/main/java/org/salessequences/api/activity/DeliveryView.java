package org.salessequences.api.activity;

import java.time.OffsetDateTime;

/**
 * What became of an email step's email.
 *
 * @param status        {@code QUEUED} (waiting to go), {@code SENT}, {@code RETRYING} (the last attempt failed, another
 *                      follows at {@code nextAttemptAt}) or {@code FAILED} (given up)
 * @param attempts      attempts so far
 * @param lastError     why the last attempt failed, in words; {@code null} when none did
 * @param nextAttemptAt when it is tried next, for {@code QUEUED} and {@code RETRYING}
 * @param sentAt        when it went, for {@code SENT}
 */
public record DeliveryView(String status, int attempts, String lastError, OffsetDateTime nextAttemptAt,
                           OffsetDateTime sentAt) {
}
