package org.salessequences.api.enrollment;

import java.util.List;

/**
 * Records to add to a sequence by hand.
 *
 * @param recordType {@code CONTACT}, or {@code ACCOUNT} to add the contacts whose primary account each is
 * @param ids        the host ids of the records, at most 500
 */
public record EnrollmentRequest(String recordType, List<String> ids) {
}
