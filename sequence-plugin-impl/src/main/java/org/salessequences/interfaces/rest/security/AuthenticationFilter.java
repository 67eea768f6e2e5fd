package org.salessequences.interfaces.rest.security;

import java.lang.reflect.Method;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.salessequences.application.Caller;
import org.salessequences.infrastructure.security.BearerTokenAuthenticator;
import org.salessequences.infrastructure.security.InvalidTokenException;
import org.salessequences.interfaces.rest.problem.Problems;
import org.salessequences.log.LogId;

/**
 * Authenticates every API call with the host's bearer token (401 without a valid one) and checks the
 * permission its resource method names (403 without it).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());

    @Context
    ResourceInfo resourceInfo;
    @Inject
    BearerTokenAuthenticator authenticator;
    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || annotated(method, resource, UnauthenticatedEndpoint.class) != null) {
            return;
        }
        Caller caller;
        try {
            caller = authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        } catch (InvalidTokenException e) {
            LOG.fine(() -> LogId.REQUEST_REJECTED + " rejected a request to " + request.getUriInfo().getPath() + ": "
                    + e.getMessage());
            request.abortWith(Problems.response(Response.Status.UNAUTHORIZED, e.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sales-sequences\"").build());
            return;
        }
        RequiresPermission required = annotated(method, resource, RequiresPermission.class);
        if (required != null && !caller.has(required.value())) {
            request.abortWith(Problems.response(Response.Status.FORBIDDEN,
                    "this needs the " + required.value().claim() + " permission").build());
            return;
        }
        currentCaller.set(caller);
    }

    private static <A extends java.lang.annotation.Annotation> A annotated(Method method, Class<?> type, Class<A> kind) {
        A onMethod = method.getAnnotation(kind);
        return onMethod != null ? onMethod : type.getAnnotation(kind);
    }
}
