package org.salessequences.interfaces.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON, or not JSON of the expected shape, is the caller's mistake: 400, not 500. The JSON-B
 * provider reports it as a {@link ProcessingException} caused by a JSON-B or JSON-P exception; other processing
 * failures stay server errors.
 */
@Provider
public class UnreadableBodyExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.response(Response.Status.BAD_REQUEST,
                        "the request body is not valid JSON for this endpoint: "
                                + WebApplicationExceptionMapper.rootMessage(exception)).build();
            }
        }
        return new UnexpectedExceptionMapper().toResponse(exception);
    }
}
