package org.salessequences.interfaces.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.salessequences.api.FieldError;
import org.salessequences.api.Problem;

/** Builds problem responses. */
public final class Problems {

    /** Problems that only restate an HTTP status use the RFC 9457 default type. */
    public static final String GENERIC_TYPE = "about:blank";
    public static final String VALIDATION_TYPE = "urn:sales-sequences:problem:validation";

    private Problems() {
    }

    public static Response.ResponseBuilder response(Response.StatusType status, String detail) {
        return response(GENERIC_TYPE, status, detail, List.of());
    }

    public static Response.ResponseBuilder response(String type, Response.StatusType status, String detail,
                                                    List<FieldError> errors) {
        Problem problem = new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
