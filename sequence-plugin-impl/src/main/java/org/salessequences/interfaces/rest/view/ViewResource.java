package org.salessequences.interfaces.rest.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.salessequences.api.Permission;
import org.salessequences.api.host.ViewSummary;
import org.salessequences.application.HostLookupService;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/**
 * {@code /api/v1/views}: the host's saved views for a rep building a sequence's audience. {@code /host/views} is
 * admin-only and embedded-only; this one is read-only, names only, and works with every host adapter.
 */
@Path("views")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ViewResource {

    @Inject
    HostLookupService host;

    @GET
    @RequiresPermission(Permission.VIEW)
    public List<ViewSummary> views() {
        return host.views();
    }
}
