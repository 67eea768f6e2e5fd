package org.salessequences.interfaces.rest.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.salessequences.log.LogId;

/**
 * Anything else is our fault: logged in full under an incident id, answered with that id and nothing of the
 * internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, LogId.UNEXPECTED_FAILURE + " unexpected failure, incident " + incident, exception);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; incident " + incident).build();
    }
}
