package org.salessequences.infrastructure.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostCrmFactory;
import org.salessequences.spi.host.RecordFilter;

/** Adapters are found by id among the factories on the class path, built from their scope and probed at start. */
class HostAdaptersTest {

    @Test
    void findsTheAdaptersOnTheClassPathIncludingOnesImplDoesNotKnow() {
        List<String> ids = HostAdapters.factories().stream().map(HostCrmFactory::id).toList();
        assertTrue(ids.containsAll(List.of("embedded", "freshsales", "recording")), ids.toString());
    }

    @Test
    void buildsTheChosenAdapterFromItsOwnScopeAndAsksItsCapabilities() {
        HostAdapters adapters = HostAdapters.configured("recording", Map.of("sequences.recording.greeting", "hello"),
                TestDatabases.h2(), new ApplicationClock());
        assertTrue(adapters.status().up(), adapters.status().toString());
        assertEquals("hello", RecordingHostCrmFactory.lastGreeting);
        assertTrue(adapters.has(HostCapability.SEARCH));
        assertFalse(adapters.has(HostCapability.OWNS_HOST_DATA));
        assertEquals("Recording CRM", adapters.displayName());
        assertTrue(adapters.hostCrm().contacts(RecordFilter.ALL, null, 10).isLast());
    }

    @Test
    void anUnknownIdIsDownWithTheIdsThatExistAndEveryCallSaysWhy() {
        HostAdapters adapters = HostAdapters.configured("tryton-typo", Map.of(), TestDatabases.h2(),
                new ApplicationClock());
        HostAdapters.Status status = adapters.status();
        assertFalse(status.up());
        assertTrue(status.reason().contains("tryton-typo") && status.reason().contains("freshsales"), status.reason());
        assertFalse(adapters.has(HostCapability.OWNS_HOST_DATA));
        HostCrmException call = assertThrows(HostCrmException.class, () -> adapters.hostCrm().savedViews());
        assertTrue(call.getMessage().contains("tryton-typo"), call.getMessage());
    }

    @Test
    void aMissingSettingIsDownNamingTheFullKey() {
        HostAdapters adapters = HostAdapters.configured("freshsales", Map.of("sequences.freshsales.url",
                "https://acme.myfreshworks.com/crm/sales/api"), TestDatabases.h2(), new ApplicationClock());
        assertFalse(adapters.status().up());
        assertTrue(adapters.status().reason().contains("sequences.freshsales.apikey"), adapters.status().reason());
    }

    @Test
    void aHostThatRefusesItsProbeIsDownAndOneUnreachableComesUpWhenItAnswers() {
        RecordingHostCrmFactory.probeFailure = new HostCrmException("refused: bad password", false);
        HostAdapters refused = HostAdapters.configured("recording", Map.of(), TestDatabases.h2(), new ApplicationClock());
        assertEquals("refused: bad password", refused.status().reason());

        RecordingHostCrmFactory.probeFailure = new HostCrmException("connection refused", true);
        HostAdapters unreachable = HostAdapters.configured("recording", Map.of(), TestDatabases.h2(),
                new ApplicationClock());
        assertFalse(unreachable.status().up());
        RecordingHostCrmFactory.probeFailure = null;
        assertTrue(unreachable.status().up());
        assertFalse(refused.status().up(), "a refusal stays until the configuration is fixed");
    }

    @Test
    void theEmbeddedHostOwnsItsData() {
        assertTrue(HostAdapters.named("embedded").has(HostCapability.OWNS_HOST_DATA));
        assertFalse(HostAdapters.named("freshsales").has(HostCapability.OWNS_HOST_DATA));
        assertTrue(HostAdapters.named("freshsales").has(HostCapability.TASK_COMPLETION));
    }
}
