package org.salessequences.interfaces.rest.contact;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.salessequences.api.Permission;
import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ContactMatch;
import org.salessequences.application.EnrollmentService;
import org.salessequences.application.HostLookupService;
import org.salessequences.application.InsightService;
import org.salessequences.interfaces.rest.PageRequest;
import org.salessequences.interfaces.rest.WholeNumberParameter;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/**
 * {@code /api/v1/contacts/{contactId}/...}: what the contact panel shows, for contacts the caller may reach
 * ({@code sequences.contacts.visibility}); another rep's contact is 404.
 */
@Path("contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private static final WholeNumberParameter SEARCH_SIZE = WholeNumberParameter.withDefault("size", 10, 1, 50);

    @Inject
    CurrentCaller caller;
    @Inject
    EnrollmentService enrollments;
    @Inject
    InsightService insights;
    @Inject
    HostLookupService host;

    /** Contacts the caller may reach by name or email prefix, for pickers; {@code size} up to 50 (default 10). */
    @GET
    @RequiresPermission(Permission.VIEW)
    public List<ContactMatch> search(@QueryParam("q") String q, @QueryParam("size") String size) {
        return host.searchContacts(caller.get(), q, SEARCH_SIZE.read(size));
    }

    /** The contact's name, Last contacted mode and Last activity type, for the panel's header. */
    @GET
    @Path("{contactId}/fields")
    @RequiresPermission(Permission.VIEW)
    public ContactFields fields(@PathParam("contactId") String contactId) {
        return host.contactFields(caller.get(), contactId);
    }

    /** The contact's enrollments in the sequences the caller can see. */
    @GET
    @Path("{contactId}/enrollments")
    @RequiresPermission(Permission.VIEW)
    public Response enrollments(@PathParam("contactId") String contactId, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        host.requireReachable(caller.get(), contactId);
        return Response.ok(enrollments.forContact(caller.get(), contactId, request.page(), request.size()))
                .header(PageRequest.TOTAL_COUNT_HEADER, enrollments.countForContact(caller.get(), contactId)).build();
    }

    /** The contact's sequence timeline: every step execution, with the reason of those skipped, deferred or failed. */
    @GET
    @Path("{contactId}/activities")
    @RequiresPermission(Permission.VIEW)
    public Response activities(@PathParam("contactId") String contactId, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        host.requireReachable(caller.get(), contactId);
        return Response.ok(insights.activities(caller.get(), contactId, request.page(), request.size()))
                .header(PageRequest.TOTAL_COUNT_HEADER, insights.countActivities(caller.get(), contactId)).build();
    }
}
