package org.salessequences.interfaces.rest.problem;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.salessequences.application.EffectException;
import org.salessequences.log.LogId;

/**
 * An effect a person asked for directly (sending an email reminder) failed on the far side: 502, with the short
 * reason the effect gave (for mail: the plugin's words and an incident id, never the server's), so the rep can try
 * again or fix the mailbox.
 */
@Provider
public class EffectExceptionMapper implements ExceptionMapper<EffectException> {

    private static final Logger LOG = Logger.getLogger(EffectExceptionMapper.class.getName());

    @Override
    public Response toResponse(EffectException exception) {
        LOG.warning(() -> LogId.USER_EFFECT_FAILED + " an effect asked for by a user failed: "
                + exception.getMessage());
        return Problems.response(Response.Status.BAD_GATEWAY, exception.getMessage()
                + (exception.isRetryable() ? "; try again in a moment" : "")).build();
    }
}
