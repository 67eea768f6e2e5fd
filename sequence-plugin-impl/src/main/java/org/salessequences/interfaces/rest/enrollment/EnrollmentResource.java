package org.salessequences.interfaces.rest.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.salessequences.api.Permission;
import org.salessequences.api.enrollment.EnrollmentView;
import org.salessequences.application.EnrollmentService;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/** {@code /api/v1/enrollments/{id}}: hold, release or end one contact's passage through a sequence. */
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

    @Inject
    CurrentCaller caller;
    @Inject
    EnrollmentService enrollments;

    @POST
    @Path("{id}/pause")
    @RequiresPermission(Permission.CREATE)
    public EnrollmentView pause(@PathParam("id") String id) {
        return enrollments.pause(caller.get(), id);
    }

    @POST
    @Path("{id}/resume")
    @RequiresPermission(Permission.CREATE)
    public EnrollmentView resume(@PathParam("id") String id) {
        return enrollments.resume(caller.get(), id);
    }

    /** Removes the contact from the sequence; the enrollment stays, exited with reason {@code REMOVED}. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(Permission.CREATE)
    public EnrollmentView remove(@PathParam("id") String id) {
        return enrollments.remove(caller.get(), id);
    }
}
