package org.salessequences.interfaces.rest.limit;

import java.io.IOException;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Puts every request body under its endpoint's limit before authentication: a body declared larger is refused at
 * once; any other (chunked, or longer than declared) is read through a {@link BoundedInputStream}. A reader that
 * wraps the failure in its own (the JSON binding does) has it unwrapped again, so that it is answered as 413
 * whatever reads the body: JSON binding, the raw bytes of a signed event, or a CSV import reading as it goes.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BoundedRequestBody implements ContainerRequestFilter, ReaderInterceptor {

    @Context
    ResourceInfo resourceInfo;
    @Inject
    RequestBodyLimits limits;

    @Override
    public void filter(ContainerRequestContext request) {
        BodyLimit.Kind kind = kindOf(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        long limit = limits.bytes(kind);
        if (declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)) > limit) {
            throw new RequestBodyTooLargeException(kind, limit);
        }
        request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit,
                () -> new RequestBodyTooLargeException(kind, limit)));
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.in(e);
            if (tooLarge != null) {
                throw tooLarge;
            }
            throw e;
        }
    }

    static BodyLimit.Kind kindOf(Method method, Class<?> resource) {
        BodyLimit limit = method == null ? null : method.getAnnotation(BodyLimit.class);
        if (limit == null && resource != null) {
            limit = resource.getAnnotation(BodyLimit.class);
        }
        return limit == null ? BodyLimit.Kind.REQUEST : limit.value();
    }

    /** The declared length, or -1 when there is none (chunked) or the container let a malformed one through. */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
