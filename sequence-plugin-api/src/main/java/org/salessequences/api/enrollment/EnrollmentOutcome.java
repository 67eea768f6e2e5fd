package org.salessequences.api.enrollment;

import java.util.List;

/**
 * What adding records by hand did.
 *
 * @param enrolled    how many contacts were enrolled
 * @param skipped     how many were not, each for a reason
 * @param enrollments the new enrollments (the first 100)
 * @param skips       the skipped contacts and why (the first 100)
 */
public record EnrollmentOutcome(int enrolled, int skipped, List<EnrollmentView> enrollments,
                                List<EnrollmentSkip> skips) {
}
