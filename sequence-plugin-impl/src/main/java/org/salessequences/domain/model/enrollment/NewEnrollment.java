package org.salessequences.domain.model.enrollment;

import java.time.Instant;

/** An enrollment to insert in bulk. */
public record NewEnrollment(String id, String sequenceId, String contactId, String accountId, String email,
                            EnrollmentSource source, String enrolledBy, Instant at) {
}
