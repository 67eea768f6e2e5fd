package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final WebhookSignature signature = new WebhookSignature("webhook-secret", Clock.fixed(NOW, ZoneOffset.UTC));
    private final byte[] body = "{\"id\":\"e1\",\"type\":\"REPLIED\"}".getBytes(StandardCharsets.UTF_8);

    private static String seconds(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    @Test
    void acceptsTheHostsSignatureWithinFiveMinutes() {
        String ts = seconds(NOW.minusSeconds(299));
        assertTrue(signature.verify(ts, signature.sign(ts, body), body));
        assertTrue(signature.verify(ts, signature.sign(ts, body).toUpperCase().replace("SHA256=", "sha256="), body));
    }

    @Test
    void refusesStaleTamperedOrWronglyKeyedEvents() {
        String stale = seconds(NOW.minusSeconds(301));
        assertFalse(signature.verify(stale, signature.sign(stale, body), body));
        String ts = seconds(NOW);
        String good = signature.sign(ts, body);
        assertFalse(signature.verify(ts, good, "{\"id\":\"e2\",\"type\":\"REPLIED\"}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(signature.verify(seconds(NOW.minusSeconds(1)), good, body), "the timestamp is signed too");
        assertFalse(signature.verify(ts, new WebhookSignature("other", Clock.systemUTC()).sign(ts, body), body));
        assertFalse(signature.verify(ts, good.substring("sha256=".length()), body));
        assertFalse(signature.verify(null, good, body));
        assertFalse(signature.verify(ts, "sha256=zz", body));
        assertFalse(signature.verify("-5", good, body));
    }
}
