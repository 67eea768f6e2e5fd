package org.salessequences.interfaces.rest.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.salessequences.api.Permission;
import org.salessequences.api.me.MailboxCheck;
import org.salessequences.api.me.MailboxSettings;
import org.salessequences.api.me.MailboxTestEmail;
import org.salessequences.api.me.MailboxView;
import org.salessequences.application.MailboxService;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/**
 * {@code /api/v1/me/mailbox}: the caller's own mailbox; passwords go in and never come out. {@code check} tries its
 * servers, {@code test-email} sends the caller a test through it.
 */
@Path("me/mailbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(Permission.VIEW)
public class MailboxResource {

    @Inject
    CurrentCaller caller;
    @Inject
    MailboxService mailboxes;

    @GET
    public MailboxView get() {
        return mailboxes.get(caller.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MailboxView put(MailboxSettings settings) {
        return mailboxes.put(caller.get(), settings);
    }

    @POST
    @Path("check")
    public MailboxCheck check() {
        return mailboxes.check(caller.get());
    }

    @POST
    @Path("test-email")
    public MailboxTestEmail testEmail() {
        return mailboxes.sendTestEmail(caller.get());
    }
}
