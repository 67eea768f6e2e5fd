package org.salessequences.api;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}), with one {@link FieldError} per bad field.
 *
 * @param type   a URI reference naming the kind of problem
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for a person to read
 * @param errors the fields that were rejected; empty when the problem is not about fields
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The media type every error response of the plugin carries. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
