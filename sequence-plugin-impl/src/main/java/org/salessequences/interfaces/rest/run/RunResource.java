package org.salessequences.interfaces.rest.run;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.salessequences.api.Permission;
import org.salessequences.api.run.RunView;
import org.salessequences.application.RunService;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/** {@code /api/v1/runs/{id}}: a run's status and counts. */
@Path("runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    CurrentCaller caller;
    @Inject
    RunService runs;

    @GET
    @Path("{id}")
    @RequiresPermission(Permission.VIEW)
    public RunView get(@PathParam("id") String id) {
        return runs.get(caller.get(), id);
    }

    /** Starts a failed run again from its last checkpoint. */
    @POST
    @Path("{id}/restart")
    @RequiresPermission(Permission.CREATE)
    public RunView restart(@PathParam("id") String id) {
        return runs.restart(caller.get(), id);
    }
}
