package org.salessequences.interfaces.rest.sequence;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.salessequences.api.Permission;
import org.salessequences.api.enrollment.EnrollmentOutcome;
import org.salessequences.api.enrollment.EnrollmentRequest;
import org.salessequences.api.metrics.SequenceMetrics;
import org.salessequences.api.run.RunStarted;
import org.salessequences.api.run.RunView;
import org.salessequences.api.sequence.PreviewRequest;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepPreview;
import org.salessequences.application.EnrollmentService;
import org.salessequences.application.InsightService;
import org.salessequences.application.RunService;
import org.salessequences.application.SequenceService;
import org.salessequences.interfaces.rest.PageRequest;
import org.salessequences.interfaces.rest.WholeNumberParameter;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/**
 * {@code /api/v1/sequences} and the resources below a sequence (versions, enrollments, runs). JAX-RS picks one
 * resource class per path prefix, so everything under {@code /sequences/{id}} is served here and delegated.
 */
@Path("sequences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SequenceResource {

    private static final WholeNumberParameter CHUNK_SIZE = WholeNumberParameter.of("chunkSize", 1,
            RunService.MAX_CHUNK_SIZE);

    @Inject
    CurrentCaller caller;
    @Inject
    SequenceService sequences;
    @Inject
    EnrollmentService enrollments;
    @Inject
    RunService runs;
    @Inject
    InsightService insights;
    @Context
    UriInfo uriInfo;

    @POST
    @RequiresPermission(Permission.CREATE)
    public Response create(SequenceDefinition definition) {
        SequenceDefinition created = sequences.create(caller.get(), definition);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    /** A DRAFT copy named "Copy of ...", owned by the caller. */
    @POST
    @Path("{id}/copy")
    @RequiresPermission(Permission.CREATE)
    public Response copy(@PathParam("id") String id) {
        SequenceDefinition created = sequences.copy(caller.get(), id);
        URI location = uriInfo.getBaseUriBuilder().path("sequences").path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    /** The email step rendered for a contact, untracked; nothing is sent or recorded. */
    @POST
    @Path("{id}/steps/{stepId}/preview")
    @RequiresPermission(Permission.VIEW)
    public StepPreview preview(@PathParam("id") String id, @PathParam("stepId") String stepId,
                               PreviewRequest request) {
        return sequences.preview(caller.get(), id, stepId, request);
    }

    /** "Send a test to me": the preview sent to the caller's own address; answers what was sent. */
    @POST
    @Path("{id}/steps/{stepId}/test-email")
    @RequiresPermission(Permission.VIEW)
    public StepPreview testEmail(@PathParam("id") String id, @PathParam("stepId") String stepId,
                                 PreviewRequest request) {
        return sequences.testEmail(caller.get(), id, stepId, request);
    }

    @GET
    @RequiresPermission(Permission.VIEW)
    public Response list(@QueryParam("status") String status, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        List<SequenceDefinition> items = sequences.list(caller.get(), status, request.page(), request.size());
        return Response.ok(items).header(PageRequest.TOTAL_COUNT_HEADER, sequences.count(caller.get(), status)).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Permission.VIEW)
    public SequenceDefinition get(@PathParam("id") String id) {
        return sequences.get(caller.get(), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(Permission.CREATE)
    public SequenceDefinition update(@PathParam("id") String id, SequenceDefinition definition) {
        return sequences.update(caller.get(), id, definition);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(Permission.CREATE)
    public Response delete(@PathParam("id") String id) {
        sequences.delete(caller.get(), id);
        return Response.noContent().build();
    }

    /** Every saved version, newest first: who saved it, when, what changed, and the sequence as it was. */
    @GET
    @Path("{id}/versions")
    @RequiresPermission(Permission.VIEW)
    public Response versions(@PathParam("id") String id, @QueryParam("page") String page,
                             @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return Response.ok(sequences.versions(caller.get(), id, request.page(), request.size()))
                .header(PageRequest.TOTAL_COUNT_HEADER, sequences.countVersions(caller.get(), id)).build();
    }

    /** Adds contacts, or the contacts of accounts, by hand. */
    @POST
    @Path("{id}/enrollments")
    @RequiresPermission(Permission.CREATE)
    public Response enroll(@PathParam("id") String id, EnrollmentRequest request) {
        EnrollmentOutcome outcome = enrollments.enroll(caller.get(), id, request);
        return Response.status(outcome.enrolled() > 0 ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome).build();
    }

    @GET
    @Path("{id}/enrollments")
    @RequiresPermission(Permission.VIEW)
    public Response enrollments(@PathParam("id") String id, @QueryParam("status") String status,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return Response.ok(enrollments.list(caller.get(), id, status, request.page(), request.size()))
                .header(PageRequest.TOTAL_COUNT_HEADER, enrollments.count(caller.get(), id, status)).build();
    }

    @GET
    @Path("{id}/runs")
    @RequiresPermission(Permission.VIEW)
    public Response runs(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return Response.ok(runs.list(caller.get(), id, request.page(), request.size()))
                .header(PageRequest.TOTAL_COUNT_HEADER, runs.count(caller.get(), id)).build();
    }

    /** Enrollments by outcome and each step's funnel, counted now. */
    @GET
    @Path("{id}/metrics")
    @RequiresPermission(Permission.VIEW)
    public SequenceMetrics metrics(@PathParam("id") String id) {
        return insights.metrics(caller.get(), id);
    }

    /**
     * Run now: starts a run and answers at once with the id to poll at {@code /api/v1/runs/{id}}. {@code chunkSize}
     * (1..1000, default 500) sets how many records each transaction of the run handles.
     */
    @POST
    @Path("{id}/runs")
    @RequiresPermission(Permission.CREATE)
    public Response runNow(@PathParam("id") String id, @QueryParam("chunkSize") String chunkSize) {
        RunView run = runs.start(caller.get(), id, CHUNK_SIZE.readIfGiven(chunkSize));
        URI location = uriInfo.getBaseUriBuilder().path("runs").path(run.id()).build();
        return Response.accepted(new RunStarted(run.id())).location(location).build();
    }
}
