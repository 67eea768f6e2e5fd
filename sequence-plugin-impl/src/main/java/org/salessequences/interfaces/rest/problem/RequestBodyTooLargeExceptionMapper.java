package org.salessequences.interfaces.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.salessequences.api.FieldError;
import org.salessequences.interfaces.rest.limit.RequestBodyTooLargeException;

/** A request body over its endpoint's limit: 413, naming the body (field {@code ""}, as for the body as a whole). */
@Provider
public class RequestBodyTooLargeExceptionMapper implements ExceptionMapper<RequestBodyTooLargeException> {

    @Override
    public Response toResponse(RequestBodyTooLargeException exception) {
        return Problems.response(Problems.GENERIC_TYPE, Response.Status.REQUEST_ENTITY_TOO_LARGE,
                exception.getMessage(), List.of(new FieldError("", "must be at most " + exception.limit() + " bytes")))
                .build();
    }
}
