package org.salessequences.interfaces.rest.devmailbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.salessequences.api.Permission;
import org.salessequences.api.devmailbox.DevMailboxEmail;
import org.salessequences.api.devmailbox.DevMailboxPage;
import org.salessequences.api.event.EventReceipt;
import org.salessequences.application.DevMailboxService;
import org.salessequences.application.ValidationException;
import org.salessequences.interfaces.rest.PageRequest;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/**
 * {@code /api/v1/dev-mailbox}: every email the sink kept, newest first, for admins; it exists only with
 * {@code sequences.mail.transport=sink} (404 otherwise).
 */
@Path("dev-mailbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(Permission.ADMIN)
public class DevMailboxResource {

    /** The longest address RFC 5321 allows. */
    private static final int MAX_ADDRESS = 320;

    @Inject
    DevMailboxService mailbox;

    @GET
    public DevMailboxPage list(@QueryParam("to") String to, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        if (to != null && to.length() > MAX_ADDRESS) {
            throw ValidationException.of("to", "must be an address of at most " + MAX_ADDRESS + " characters");
        }
        PageRequest request = PageRequest.of(page, size);
        return mailbox.page(to, request.page(), request.size());
    }

    @GET
    @Path("{id}")
    public DevMailboxEmail get(@PathParam("id") String id) {
        return mailbox.get(id);
    }

    /** "Reply as the contact": the recipient answers the email, and the enrollment exits as replied. */
    @POST
    @Path("{id}/reply")
    public EventReceipt reply(@PathParam("id") String id) {
        return mailbox.replyAsContact(id);
    }
}
