package org.salessequences.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.mailbox.MailServer;

import org.salessequences.infrastructure.mail.RecordingEmailEvents.Call;
import org.salessequences.infrastructure.mail.tracking.TrackingLinks;
import org.salessequences.infrastructure.persistence.jdbc.JdbcEmailLinkStore;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.security.SignedTokens;
import org.salessequences.infrastructure.time.ApplicationClock;

class TrackingServiceTest {

    private static final String URL = "https://seq.example.com";

    private final SignedTokens tokens = new SignedTokens("tracking-secret");
    private final TrackingLinks links = new TrackingLinks(URL, tokens);
    private final JdbcEmailLinkStore store = new JdbcEmailLinkStore(new Sql(TestDatabases.h2()));
    private final RecordingEmailEvents events = new RecordingEmailEvents(Set.of("exec-1"));
    private final TrackingService tracking = new TrackingService(tokens,
            new MailSettings(URL, new MailServer("localhost", 25, null, null, false), "x@example.com", 1,
                    Duration.ofMinutes(1)), store, events, new ApplicationClock());

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void anOpenIsReportedForAValidTokenOnly() {
        assertTrue(tracking.open(token(links.openUrl("exec-1"))));
        assertFalse(tracking.open(token(links.openUrl("exec-1")) + "x"));
        assertFalse(tracking.open(token(links.unsubscribeUrl("exec-1"))), "a token for another purpose");
        assertFalse(tracking.open(token(new TrackingLinks(URL, new SignedTokens("forger")).openUrl("exec-1"))));
        assertEquals(List.of(new Call("opened", "exec-1", null)), events.calls);
    }

    @Test
    void aClickGoesOnlyToALinkStoredForThatEmail() {
        store.replace("exec-1", List.of("https://acme.example/a", "https://acme.example/b"));
        assertEquals(Optional.of("https://acme.example/b"), tracking.click(token(links.clickUrl("exec-1", 1))));
        assertEquals(Optional.empty(), tracking.click(token(links.clickUrl("exec-1", 2))), "no such link");
        assertEquals(Optional.empty(), tracking.click(token(links.clickUrl("exec-2", 0))), "no such email");
        assertEquals(Optional.empty(), tracking.click("aHR0cHM6Ly9ldmlsLmV4YW1wbGU.AAAA"), "forged");
        assertEquals(List.of(new Call("clicked", "exec-1", null)), events.calls);
    }

    @Test
    void theUnsubscribePageRecordsNothingAndThePostUnsubscribes() {
        String token = token(links.unsubscribeUrl("exec-1"));
        assertTrue(tracking.isUnsubscribeToken(token));
        assertTrue(events.calls.isEmpty());
        assertTrue(tracking.unsubscribe(token));
        assertFalse(tracking.unsubscribe(token(links.openUrl("exec-1"))));
        assertFalse(tracking.isUnsubscribeToken(token.replace('.', '-')));
        assertEquals(List.of(new Call("unsubscribed", "exec-1", null)), events.calls);
    }
}
