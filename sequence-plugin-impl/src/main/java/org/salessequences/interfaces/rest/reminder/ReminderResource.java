package org.salessequences.interfaces.rest.reminder;

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

import org.salessequences.api.Permission;
import org.salessequences.api.reminder.CompleteReminder;
import org.salessequences.api.reminder.ReminderPage;
import org.salessequences.api.reminder.ReminderView;
import org.salessequences.api.reminder.SendReminder;
import org.salessequences.application.ReminderService;
import org.salessequences.interfaces.rest.PageRequest;
import org.salessequences.interfaces.rest.security.CurrentCaller;
import org.salessequences.interfaces.rest.security.RequiresPermission;

/** {@code /api/v1/reminders}: what the activities dashboard lists and acts on. */
@Path("reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    @Inject
    CurrentCaller caller;
    @Inject
    ReminderService reminders;

    /**
     * The caller's reminders (admins: everyone's, or one user's with {@code owner}), by due time: page by page with
     * {@code after} (the {@code nextCursor} of the page before), or by page number.
     */
    @GET
    @RequiresPermission(Permission.VIEW)
    public ReminderPage list(@QueryParam("type") String type, @QueryParam("status") String status,
                             @QueryParam("sequenceId") String sequenceId, @QueryParam("contactId") String contactId,
                             @QueryParam("dueFrom") String dueFrom, @QueryParam("dueTo") String dueTo,
                             @QueryParam("q") String q, @QueryParam("owner") String owner,
                             @QueryParam("page") String page, @QueryParam("size") String size,
                             @QueryParam("after") String after) {
        PageRequest request = PageRequest.of(page, size);
        return reminders.list(caller.get(), new ReminderService.ReminderQuery(type, status, sequenceId, contactId,
                dueFrom, dueTo, q, owner, request.page(), request.size(), after));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Permission.VIEW)
    public ReminderView get(@PathParam("id") String id) {
        return reminders.get(caller.get(), id);
    }

    /** Sends an email reminder with the subject and body as the rep edited them. */
    @POST
    @Path("{id}/send")
    @RequiresPermission(Permission.VIEW)
    public ReminderView send(@PathParam("id") String id, SendReminder email) {
        return reminders.send(caller.get(), id, email);
    }

    /** Closes a follow-up or call reminder with its outcome. */
    @POST
    @Path("{id}/complete")
    @RequiresPermission(Permission.VIEW)
    public ReminderView complete(@PathParam("id") String id, CompleteReminder completion) {
        return reminders.complete(caller.get(), id, completion);
    }
}
