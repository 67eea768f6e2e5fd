package org.salessequences.interfaces.rest.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.junit.jupiter.api.Test;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.interfaces.rest.event.EventResource;
import org.salessequences.interfaces.rest.host.HostDataResource;
import org.salessequences.interfaces.rest.sequence.SequenceResource;

class BoundedRequestBodyTest {

    private static final Map<BodyLimit.Kind, Long> LIMITS = Map.of(BodyLimit.Kind.REQUEST, 100L,
            BodyLimit.Kind.IMPORT, 1000L, BodyLimit.Kind.EVENT, 10L);

    /** A request as the filter sees it: its headers and its entity stream. */
    private static final class Request {
        final Map<String, String> headers = new HashMap<>();
        InputStream entity;

        Request(byte[] body) {
            entity = new ByteArrayInputStream(body);
        }

        ContainerRequestContext context() {
            return proxy(ContainerRequestContext.class, (method, args) -> switch (method.getName()) {
                case "getHeaderString" -> headers.get(args[0]);
                case "getEntityStream" -> entity;
                case "setEntityStream" -> {
                    entity = (InputStream) args[0];
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
        }
    }

    private interface Answer {
        Object answer(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method, args)));
    }

    private static BoundedRequestBody filterFor(Class<?> resource, String method, Class<?>... parameters)
            throws NoSuchMethodException {
        Method resourceMethod = resource.getMethod(method, parameters);
        BoundedRequestBody filter = new BoundedRequestBody();
        filter.limits = new RequestBodyLimits(LIMITS::get);
        filter.resourceInfo = proxy(ResourceInfo.class, (m, args) -> switch (m.getName()) {
            case "getResourceMethod" -> resourceMethod;
            case "getResourceClass" -> resource;
            default -> throw new UnsupportedOperationException(m.getName());
        });
        return filter;
    }

    private static BoundedRequestBody eventFilter() throws NoSuchMethodException {
        return filterFor(EventResource.class, "receive", String.class, String.class, byte[].class);
    }

    @Test
    void eachEndpointReadsUnderItsKindOfLimit() throws NoSuchMethodException {
        assertEquals(BodyLimit.Kind.EVENT, BoundedRequestBody.kindOf(
                EventResource.class.getMethod("receive", String.class, String.class, byte[].class), EventResource.class));
        assertEquals(BodyLimit.Kind.IMPORT, BoundedRequestBody.kindOf(
                HostDataResource.class.getMethod("importContacts", String.class, InputStream.class),
                HostDataResource.class));
        assertEquals(BodyLimit.Kind.REQUEST, BoundedRequestBody.kindOf(
                HostDataResource.class.getMethod("addContacts", List.class), HostDataResource.class));
        assertEquals(BodyLimit.Kind.REQUEST, BoundedRequestBody.kindOf(null, null), "no resource method matched");
    }

    @Test
    void aBodyDeclaredLargerIsRefusedBeforeAnythingIsRead() throws NoSuchMethodException {
        Request request = new Request(new byte[0]);
        request.headers.put("Content-Length", "11");

        RequestBodyTooLargeException refused = assertThrows(RequestBodyTooLargeException.class,
                () -> eventFilter().filter(request.context()));
        assertEquals(10, refused.limit());
        assertTrue(refused.getMessage().contains("sequences.limits.event-bytes"), refused.getMessage());
    }

    @Test
    void aBodyWithoutADeclaredLengthIsRefusedWhenReadPastTheLimit() throws Exception {
        Request chunked = new Request(new byte[11]);
        eventFilter().filter(chunked.context());

        assertThrows(RequestBodyTooLargeException.class, chunked.entity::readAllBytes);

        Request fits = new Request(new byte[10]);
        eventFilter().filter(fits.context());
        assertEquals(10, fits.entity.readAllBytes().length);
    }

    @Test
    void aBodyLyingAboutItsLengthIsCutAtTheLimitAllTheSame() throws Exception {
        Request lying = new Request(new byte[101]);
        lying.headers.put("Content-Length", "5");
        filterFor(SequenceResource.class, "create", SequenceDefinition.class)
                .filter(lying.context());

        assertThrows(RequestBodyTooLargeException.class, lying.entity::readAllBytes);
    }

    @Test
    void theRefusalIsUnwrappedFromTheReadersOwnFailure() throws Exception {
        RequestBodyTooLargeException tooLarge = new RequestBodyTooLargeException(BodyLimit.Kind.REQUEST, 100);
        ReaderInterceptorContext binding = proxy(ReaderInterceptorContext.class, (method, args) -> {
            throw new ProcessingException(new JsonbException("Internal error: " + tooLarge.getMessage(), tooLarge));
        });

        assertSame(tooLarge, assertThrows(RequestBodyTooLargeException.class,
                () -> eventFilter().aroundReadFrom(binding)));

        ReaderInterceptorContext broken = proxy(ReaderInterceptorContext.class, (method, args) -> {
            throw new IOException("connection reset");
        });
        assertEquals("connection reset", assertThrows(IOException.class, () -> eventFilter().aroundReadFrom(broken))
                .getMessage(), "other failures pass as they are");
    }
}
