package org.salessequences.interfaces.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.salessequences.application.ApplicationException;
import org.salessequences.application.ConflictException;
import org.salessequences.application.ForbiddenException;
import org.salessequences.application.LimitExceededException;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.ValidationException;

/** Refusals of the application services, as problems with the status that says what the caller can do. */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<ApplicationException> {

    @Override
    public Response toResponse(ApplicationException exception) {
        if (exception instanceof ValidationException invalid) {
            return Problems.response(Problems.VALIDATION_TYPE, Response.Status.BAD_REQUEST, invalid.getMessage(),
                    invalid.errors()).build();
        }
        return Problems.response(Problems.GENERIC_TYPE, statusOf(exception), exception.getMessage(), List.of()).build();
    }

    private static Response.Status statusOf(ApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (exception instanceof ConflictException || exception instanceof LimitExceededException) {
            return Response.Status.CONFLICT;
        }
        if (exception instanceof ForbiddenException) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.BAD_REQUEST;
    }
}
