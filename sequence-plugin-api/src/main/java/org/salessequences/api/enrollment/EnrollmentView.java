package org.salessequences.api.enrollment;

import java.time.OffsetDateTime;

/**
 * A contact in a sequence.
 *
 * @param id                  the enrollment's id
 * @param sequenceId          the sequence
 * @param sequenceName        its name
 * @param contactId           the host contact
 * @param accountId           the account that brought the contact in, if any
 * @param status              {@code ACTIVE}, {@code PAUSED}, {@code COMPLETED} or {@code EXITED}
 * @param exitReason          {@code REPLIED}, {@code UNSUBSCRIBED}, {@code BOUNCED}, {@code CONDITIONS}, {@code REMOVED}
 *                            for an exited enrollment, else {@code null}
 * @param source              {@code MANUAL} or {@code AUDIENCE}
 * @param currentStepPosition position of the next step to run, {@code null} before the first run
 * @param nextStepAt          when that step is due, if known
 * @param enrolledAt          when the contact was enrolled
 * @param endedAt             when it completed or exited
 * @param pauseReason         why a paused enrollment is paused ({@code OUT_OF_OFFICE}, {@code BY_USER}), else
 *                            {@code null}
 * @param resumesAt           when a pause ends by itself (an out-of-office's return), else {@code null}
 */
public record EnrollmentView(String id, String sequenceId, String sequenceName, String contactId, String accountId,
                             String status, String exitReason, String source, Integer currentStepPosition,
                             OffsetDateTime nextStepAt, OffsetDateTime enrolledAt, OffsetDateTime endedAt,
                             String pauseReason, OffsetDateTime resumesAt) {
}
