package org.salessequences.domain.model.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anEmailWaitingForItsFirstAttemptIsQueuedAndOneWhoseAttemptFailedIsRetryingWithTheReason() {
        assertEquals(new Delivery(Delivery.Status.QUEUED, 0, null, AT, null), Delivery.of(null, "PENDING", 0, null, AT));
        Delivery retrying = Delivery.of(null, "PENDING", 2, "SEQ-0630 could not connect to smtp", AT);
        assertEquals(Delivery.Status.RETRYING, retrying.status());
        assertEquals("SEQ-0630 could not connect to smtp", retrying.lastError());
        assertEquals(AT, retrying.nextAttemptAt());
    }

    @Test
    void sentAndFailedEmailsSaySoAndAStepWithoutAnEmailHasNoDelivery() {
        assertEquals(new Delivery(Delivery.Status.SENT, 3, null, null, AT), Delivery.of(AT, "DONE", 3, "old", AT));
        assertEquals(Delivery.Status.SENT, Delivery.of(AT, null, 0, null, null).status(), "kept after retention");
        assertEquals(new Delivery(Delivery.Status.FAILED, 5, "refused", null, null),
                Delivery.of(null, "FAILED", 5, "refused", AT));
        assertNull(Delivery.of(null, null, 0, null, null));
    }
}
