package org.salessequences.api.enrollment;

/**
 * A contact that was not enrolled, and why.
 *
 * @param contactId the host contact
 * @param reason    {@code ALREADY_ENROLLED}, {@code DUPLICATE_EMAIL} or {@code IN_EXCLUSIVE_SEQUENCE}
 */
public record EnrollmentSkip(String contactId, String reason) {
}
