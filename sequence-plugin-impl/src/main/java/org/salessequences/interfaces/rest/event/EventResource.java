package org.salessequences.interfaces.rest.event;

import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.salessequences.api.event.InboundEvent;
import org.salessequences.application.InboundEventService;
import org.salessequences.infrastructure.security.WebhookSignature;
import org.salessequences.interfaces.rest.limit.BodyLimit;
import org.salessequences.interfaces.rest.problem.Problems;
import org.salessequences.interfaces.rest.security.UnauthenticatedEndpoint;
import org.salessequences.log.LogId;

/**
 * {@code POST /api/v1/events}: the host's signed events. The body is read under its own limit (413 past it, before
 * any signature is computed) and the signature checked on the raw bytes before anything is parsed; a bad or stale
 * one is 401 and nothing is recorded.
 */
@Path("events")
@RequestScoped
public class EventResource {

    private static final Logger LOG = Logger.getLogger(EventResource.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    WebhookSignature signature;
    @Inject
    InboundEventService events;

    @POST
    @UnauthenticatedEndpoint
    @BodyLimit(BodyLimit.Kind.EVENT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("X-Sequences-Timestamp") String timestamp,
                            @HeaderParam("X-Sequences-Signature") String signed, byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.verify(timestamp, signed, raw)) {
            LOG.fine(LogId.INBOUND_SIGNATURE_REFUSED + " an inbound event with a bad or stale signature was refused");
            return Problems.response(Response.Status.UNAUTHORIZED,
                    "the event's X-Sequences-Signature is missing, wrong or older than 5 minutes").build();
        }
        InboundEvent event;
        try {
            event = JSON.fromJson(new String(raw, StandardCharsets.UTF_8), InboundEvent.class);
        } catch (JsonbException e) {
            return Problems.response(Response.Status.BAD_REQUEST, "the body is not a JSON event").build();
        }
        return Response.ok(events.apply(event), MediaType.APPLICATION_JSON).build();
    }
}
