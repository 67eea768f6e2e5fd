package org.salessequences.domain.model.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An enrollment as a run reads it.
 *
 * @param id                  the enrollment
 * @param contactId           its contact
 * @param accountId           the account that brought it in, if any
 * @param email               its email at enrollment (lower case)
 * @param status              ACTIVE or PAUSED when a run reads it
 * @param dayOne              its day 1, {@code null} before its first run
 * @param currentStepPosition the next step to run
 * @param nextStepAt          when that step is due, {@code null} when the next run plans it
 * @param enrolledAt          when it was enrolled (the time of the run that enrolled it, for the audience's)
 */
public record EnrollmentRow(String id, String contactId, String accountId, String email, EnrollmentStatus status,
                            LocalDate dayOne, Integer currentStepPosition, Instant nextStepAt, Instant enrolledAt) {

    public EnrollmentRow(String id, String contactId, String accountId, String email, EnrollmentStatus status,
                         LocalDate dayOne, Integer currentStepPosition) {
        this(id, contactId, accountId, email, status, dayOne, currentStepPosition, null, null);
    }
}
