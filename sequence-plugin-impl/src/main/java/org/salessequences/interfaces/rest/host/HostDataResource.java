package org.salessequences.interfaces.rest.host;

import java.io.InputStream;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.salessequences.api.Permission;
import org.salessequences.api.host.AccountInput;
import org.salessequences.api.host.AccountView;
import org.salessequences.api.host.ContactInput;
import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.ImportResult;
import org.salessequences.api.host.RecordPage;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.application.HostDataService;
import org.salessequences.interfaces.rest.WholeNumberParameter;
import org.salessequences.interfaces.rest.limit.BodyLimit;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/** {@code /api/v1/host}: accounts, contacts, CSV import and saved views of the embedded host. */
@Path("host")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(Permission.ADMIN)
public class HostDataResource {

    /** The largest page of a view one request may ask for, the host port's own bound. */
    static final int MAX_PAGE_SIZE = 1000;
    private static final WholeNumberParameter VIEW_PAGE_SIZE = WholeNumberParameter.withDefault("size", 100, 1,
            MAX_PAGE_SIZE);

    @Inject
    HostDataService hostData;

    @POST
    @Path("accounts")
    public Response addAccounts(List<AccountInput> accounts) {
        return Response.status(Response.Status.CREATED).entity(hostData.addAccounts(accounts)).build();
    }

    @POST
    @Path("contacts")
    public Response addContacts(List<ContactInput> contacts) {
        return Response.status(Response.Status.CREATED).entity(hostData.addContacts(contacts)).build();
    }

    /** The body is read as a stream, batch by batch, never whole, under the import limit. */
    @POST
    @Path("contacts/import")
    @BodyLimit(BodyLimit.Kind.IMPORT)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportResult importContacts(@QueryParam("tag") String tag, InputStream csv) {
        return hostData.importContacts(csv, tag);
    }

    @GET
    @Path("contacts/{id}")
    public ContactView contact(@PathParam("id") String id) {
        return hostData.contact(id);
    }

    @POST
    @Path("views")
    public Response addView(SavedViewDefinition view) {
        return Response.status(Response.Status.CREATED).entity(hostData.addView(view)).build();
    }

    @GET
    @Path("views")
    public List<SavedViewDefinition> views() {
        return hostData.views();
    }

    /** The contacts of a saved view of contacts, one keyset page at a time: pass {@code nextCursor} back. */
    @GET
    @Path("views/{id}/contacts")
    public RecordPage<ContactView> viewContacts(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                                                @QueryParam("size") String size) {
        return hostData.viewContacts(id, cursor, VIEW_PAGE_SIZE.read(size));
    }

    @GET
    @Path("views/{id}/accounts")
    public RecordPage<AccountView> viewAccounts(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                                                @QueryParam("size") String size) {
        return hostData.viewAccounts(id, cursor, VIEW_PAGE_SIZE.read(size));
    }
}
