package org.salessequences.api.host;

import java.util.Map;

/**
 * A contact to create in the embedded host. Only {@code email} is required; it is unique per host, ignoring case.
 *
 * @param accountId the primary account: the id of an account of the embedded host, may be {@code null}
 * @param timezone  an IANA zone such as {@code Europe/Berlin}, may be {@code null}
 * @param fields    custom fields by name (the {@code x} of the condition field {@code fields.x}); values are
 *                  strings or numbers
 */
public record ContactInput(String email, String firstName, String lastName, String phone, String timezone,
                           String ownerId, String accountId, String city, String state, String country,
                           String jobTitle, Map<String, Object> fields) {
}
