package org.salessequences.api;

/**
 * One rejected field of a request.
 *
 * @param field   the path of the field in the request body, e.g. {@code steps[2].conditions} or {@code [3].email}
 * @param message why it was rejected, for a person to read
 */
public record FieldError(String field, String message) {
}
