package org.salessequences.domain.model.enrollment;

/** A contact's place in one sequence, for the sequence lists kept on the host contact. */
public record SequenceMembership(String contactId, String sequenceName, EnrollmentStatus status) {
}
