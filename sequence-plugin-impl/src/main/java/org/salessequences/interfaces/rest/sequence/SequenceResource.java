package org.salessequences.interfaces.rest.sequence;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.salessequences.api.Permission;
import org.salessequences.api.run.RunStarted;
import org.salessequences.api.run.RunView;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.application.RunService;
import org.salessequences.application.SequenceService;
import org.salessequences.interfaces.rest.PageRequest;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/** {@code /api/v1/sequences} and the resources below a sequence. */
@Path("sequences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SequenceResource {

    @Inject
    CurrentCaller caller;
    @Inject
    SequenceService sequences;
    @Inject
    RunService runs;
    @Context
    UriInfo uriInfo;

    @POST
    @RequiresPermission(Permission.CREATE)
    public Response create(SequenceDefinition definition) {
        SequenceDefinition created = sequences.create(caller.get(), definition);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    @GET
    @RequiresPermission(Permission.VIEW)
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<SequenceDefinition> items = sequences.list(caller.get(), request.page(), request.size());
        return Response.ok(items).header(PageRequest.TOTAL_COUNT_HEADER, sequences.count(caller.get())).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Permission.VIEW)
    public SequenceDefinition get(@PathParam("id") String id) {
        return sequences.get(caller.get(), id);
    }

    /** Run now: starts a run and answers at once with the id to poll at {@code /api/v1/runs/{id}}. */
    @POST
    @Path("{id}/runs")
    @RequiresPermission(Permission.CREATE)
    public Response runNow(@PathParam("id") String id) {
        RunView run = runs.start(caller.get(), id);
        URI location = uriInfo.getBaseUriBuilder().path("runs").path(run.id()).build();
        return Response.accepted(new RunStarted(run.id())).location(location).build();
    }
}
