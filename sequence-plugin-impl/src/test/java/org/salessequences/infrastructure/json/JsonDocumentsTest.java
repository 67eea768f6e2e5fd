package org.salessequences.infrastructure.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salessequences.api.me.MailboxSettings;
import org.salessequences.api.sequence.SequenceDefinition;

/**
 * The contract's records read with JSON-B as requests and stored documents are: records that keep shorter
 * constructors for earlier callers are read through their canonical one, with fields left out as {@code null}.
 */
class JsonDocumentsTest {

    private final JsonDocuments json = new JsonDocuments();

    @Test
    void readsASequenceWithTheCarefulSendingFieldsAndWithout() {
        SequenceDefinition careful = json.read("{\"name\":\"n\",\"audience\":{\"dailyEnrollmentLimit\":2},"
                + "\"schedule\":{\"time\":\"09:00\",\"recipientTimezone\":true,\"holidays\":[\"DE\"]},"
                + "\"exitCriteria\":{\"accountReplied\":true,\"meetingBooked\":false},"
                + "\"guardrails\":{\"maxBounceRate\":0.02,\"minSample\":10}}", SequenceDefinition.class);
        assertEquals(2, careful.audience().dailyEnrollmentLimit());
        assertTrue(careful.schedule().recipientTimezone());
        assertEquals(List.of("DE"), careful.schedule().holidays());
        assertTrue(careful.exitCriteria().accountReplied());
        assertEquals(0.02, careful.guardrails().maxBounceRate());
        assertNull(careful.guardrails().maxComplaintRate());

        SequenceDefinition earlier = json.read("{\"name\":\"n\",\"schedule\":{\"time\":\"09:00\"}}",
                SequenceDefinition.class);
        assertNull(earlier.schedule().recipientTimezone());
        assertNull(earlier.guardrails());
    }

    @Test
    void readsAMailboxWithItsLimits() {
        MailboxSettings settings = json.read("{\"fromAddress\":\"a@b.example\",\"limits\":{\"perHour\":30}}",
                MailboxSettings.class);
        assertEquals(30, settings.limits().perHour());
        assertNull(settings.limits().minSecondsBetween());
    }
}
