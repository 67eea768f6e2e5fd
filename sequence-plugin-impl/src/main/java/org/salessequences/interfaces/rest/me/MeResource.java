package org.salessequences.interfaces.rest.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.salessequences.api.Permission;
import org.salessequences.api.me.MeView;
import org.salessequences.application.Caller;
import org.salessequences.interfaces.rest.security.CurrentCaller;

/** Who the caller is: lets a host check the token it passes to the widgets. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentCaller currentCaller;

    @GET
    public MeView me() {
        Caller caller = currentCaller.get();
        return new MeView(caller.userId(), caller.name(), caller.email(),
                caller.permissions().stream().sorted().map(Permission::claim).toList());
    }
}
