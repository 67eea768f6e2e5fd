package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A server killed with SIGKILL in the middle of sending a sequence's emails, as an admin would meet it: started with
 * {@code deploy/run.sh}, killed, started again on the same data. It finds its interrupted run and its unfinished
 * outbox entries by itself; every contact ends with exactly one email, except at most one per sending lane that may
 * have gone out twice, always with the same Message-ID; the run completes with no call to restart it. The same on the
 * embedded H2 and on PostgreSQL, and with two members, one of them killed: the other finishes the run.
 */
class CrashRecoveryIT {

    private static final int CONTACTS = 2_000;
    /** Small chunks, so that the kill meets the execute stage in the middle. */
    private static final int CHUNK = 50;

    private final Path work = RunShServer.workDirectory("crash-recovery-it");
    private GreenMail mail;
    private EmbeddedPostgres postgres;
    private final Map<String, RunShServer> servers = new HashMap<>();

    @BeforeEach
    void startMail() throws IOException {
        mail = new GreenMail(new ServerSetup(RunShServer.freePort(), "127.0.0.1", "smtp"));
        mail.start();
    }

    @AfterEach
    void stopEverything() throws IOException, InterruptedException {
        for (RunShServer server : servers.values()) {
            server.stop();
        }
        mail.stop();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aServerKilledMidSendOnTheEmbeddedH2ResumesByItselfAndSendsEachEmailOnce() throws Exception {
        killedMidSendAndStartedAgain("h2", RunShServer.environment(mail.getSmtp().getPort()));
    }

    @Test
    void aServerKilledMidSendOnPostgresqlResumesByItselfAndSendsEachEmailOnce() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        killedMidSendAndStartedAgain("postgresql",
                RunShServer.onPostgresql(RunShServer.environment(mail.getSmtp().getPort()), postgres.getPort()));
    }

    @Test
    void whenOneOfTwoMembersIsKilledMidRunTheOtherFinishesTheRunAndItsOutbox() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        int clusterA = RunShServer.freePort();
        int clusterB = RunShServer.freePort();
        Map<String, String> cluster = RunShServer.inCluster(RunShServer.onPostgresql(
                RunShServer.environment(mail.getSmtp().getPort()), postgres.getPort()), clusterA, clusterB);
        // Ranges, so that the kill also meets ranges the killed member held and the other one takes them over.
        cluster.put("SEQUENCES_RUNS_RANGE_SIZE", "250");
        RunShServer memberA = start("member-a", RunShServer.member(cluster, "member-a", clusterA));
        memberA.awaitOutput("Starting Payara Micro", Duration.ofMinutes(5));
        RunShServer memberB = start("member-b", RunShServer.member(cluster, "member-b", clusterB));
        memberA.awaitHealthy();
        memberB.awaitHealthy();

        String runId = startRunOver(memberA, "cluster");
        awaitMidRun(memberA, runId);
        assertNotEquals(0, memberA.kill(), "run.sh reports that its server died");
        Instant killedAt = Instant.now();

        JsonObject run = awaitEveryEmailAndTheRun(memberB, runId, Duration.ofMinutes(6));
        System.out.println("CrashRecoveryIT: member-b finished member-a's run " + Duration.between(killedAt,
                Instant.now()).toSeconds() + " s after the kill");
        assertEachContactHasOneEmailOrOneMessageIdTwice();
        assertEquals(CONTACTS, run.getInt("executed"), "each step executed once: " + run);
        assertTrue(memberB.log().contains("SEQ-0105"), "member-b says it resumed the run");
    }

    /**
     * A try-out as run.sh gives it on the embedded database (dev mode, no SMTP host): mail goes to the built-in sink,
     * which says so at start-up and in /health; the emails show in the dev mailbox with working tracking links, and
     * "reply as the contact" ends the enrollment as replied.
     */
    @Test
    void withoutAMailServerATryOutKeepsEveryEmailInTheDevMailboxAndTheLoopCloses() throws Exception {
        Map<String, String> env = new HashMap<>(RunShServer.environment(0));
        env.remove("SEQUENCES_SMTP_HOST");
        env.remove("SEQUENCES_SMTP_PORT");
        RunShServer server = start("sink", env);
        server.awaitHealthy();
        ApiClient admin = server.client(Tokens.admin("sink-admin"));
        JsonObject mail = admin.as(null).get("/health").json().getJsonArray("checks").stream()
                .map(JsonObject.class::cast).filter(check -> "mail".equals(check.getString("name"))).findFirst()
                .orElseThrow();
        assertEquals("sink", mail.getJsonObject("data").getString("transport"), mail.toString());
        assertTrue(server.log().contains("SEQ-1000"), "the start-up log says mail is sunk");

        Scenario s = new Scenario(admin, server.client(Tokens.rep("sink-rep")), "sink");
        String ada = s.contact("ada.sink@example.com", "Ada", "London", null);
        s.contact("bob.sink@example.com", "Bob", "Paris", null);
        JsonObject found = s.rep.get("/api/v1/contacts?q=ADA").array().getJsonObject(0);
        assertEquals(ada, found.getString("id"));
        assertEquals("Ada Tester", found.getString("name"));
        assertEquals(0, s.rep.get("/api/v1/contacts?q=nobody-here").array().size());
        assertEquals(400, s.rep.get("/api/v1/contacts?q=a&size=51").status());
        String step = "{\"type\":\"EMAIL\",\"day\":1,\"conditions\":[],\"match\":\"ALL\",\"email\":{"
                + "\"subject\":\"Hello $contact.firstName\",\"body\":\"<p>Hi $contact.firstName, see "
                + "<a href='https://example.com/pricing'>pricing</a></p>\"}}";
        String sequenceId = s.sequence(EngineIT.sequence("Sink", "CLASSIC", EngineIT.viewAudience(s.contactView()),
                false, null, null, step)).getString("id");
        s.awaitRunById(s.runNow(sequenceId).getString("id"), "COMPLETED");

        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get("/api/v1/dev-mailbox").json().getInt("total") == 2);
        assertEquals(1, admin.get("/api/v1/dev-mailbox?to=ada.sink@example.com").json().getInt("total"));
        JsonObject email = admin.get("/api/v1/dev-mailbox?to=ada.sink@example.com").json().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Hello Ada", email.getString("subject"));
        assertTrue(email.getString("text").contains("Hi Ada"), email.toString());
        assertEquals(email, admin.get("/api/v1/dev-mailbox/" + email.getString("id")).json());
        JsonObject delivery = s.activities(ada).getJsonObject(0).getJsonObject("delivery");
        assertEquals("SENT", delivery.getString("status"), delivery.toString());

        java.util.regex.Matcher click = java.util.regex.Pattern.compile("http://localhost:\\d+(/t/c/[^\"']+)")
                .matcher(email.getString("html"));
        assertTrue(click.find(), email.getString("html"));
        ApiClient.Reply redirect = admin.as(null).get(click.group(1));
        assertTrue(redirect.status() == 302 || redirect.status() == 303, redirect.toString());
        assertEquals(1, s.metrics(sequenceId).getJsonArray("steps").getJsonObject(0).getInt("clicked"));

        if (Browser.installed()) {
            demoMailboxShowsTheEmails(server);
        }

        ApiClient.Reply replied = admin.post("/api/v1/dev-mailbox/" + email.getString("id") + "/reply", "");
        assertEquals(200, replied.status(), replied.body());
        await().atMost(Duration.ofSeconds(20)).until(() -> "REPLIED".equals(
                s.enrollmentOf(sequenceId, ada).getString("exitReason", "")));
        String stepId = s.rep.get("/api/v1/sequences/" + sequenceId).json().getJsonArray("steps").getJsonObject(0)
                .getString("id");
        ApiClient.Reply test = s.rep.post("/api/v1/sequences/" + sequenceId + "/steps/" + stepId + "/test-email",
                "{\"contactId\":\"" + ada + "\"}");
        assertEquals(200, test.status(), test.body());
        JsonObject mine = admin.get("/api/v1/dev-mailbox?to=sink-rep@example.com").json();
        assertEquals(1, mine.getInt("total"), "the test went to the rep's own address: " + mine);
        assertEquals("[Test] Hello Ada", mine.getJsonArray("items").getJsonObject(0).getString("subject"));
        assertEquals(403, s.rep.get("/api/v1/dev-mailbox").status(), "the dev mailbox is the admin's");
        assertFalse(server.log().contains("SEVERE"), "no SEVERE entry in the server log");
        assertEquals(0, server.stop(), "run.sh ends with 0 on a clean stop");
    }

    /** The demo page's Mailbox tab, as an admin: the kept emails, one opened with its rendered body and headers. */
    private static void demoMailboxShowsTheEmails(RunShServer server) {
        try (Browser browser = Browser.start()) {
            browser.open("http://localhost:" + server.port() + "/demo/?load=" + System.nanoTime() + "#token="
                    + Tokens.admin("sink-admin") + "&page=mailbox");
            browser.until(d -> browser.page("#nav-mailbox").getAttribute("hidden") == null);
            browser.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#mailbox-list li")).size() == 2);
            browser.page("#mailbox-list li button").click();
            assertTrue(browser.page("#mailbox-subject").getText().startsWith("Hello "));
            assertTrue(String.valueOf(browser.script("return document.querySelector('#mailbox-html').srcdoc"))
                    .contains("pricing"));
            assertTrue(String.valueOf(browser.script("return document.querySelector('#mailbox-headers').textContent"))
                    .contains("Message-ID"));
            browser.screenshotPage("demo-mailbox");
        }
    }

    /** Starts a sequence's run, kills the server while it sends, starts it again and waits for the rest. */
    private void killedMidSendAndStartedAgain(String name, Map<String, String> env) throws Exception {
        RunShServer server = start(name, env);
        server.awaitHealthy();
        String runId = startRunOver(server, name);
        awaitMidRun(server, runId);

        int sentBeforeKill = mail.getReceivedMessages().length;
        assertNotEquals(0, server.kill(), "run.sh reports that its server died");
        assertTrue(sentBeforeKill < CONTACTS, "killed before every email was sent: " + sentBeforeKill);

        RunShServer again = start(name, env);
        again.awaitHealthy();
        Instant up = Instant.now();
        JsonObject run = awaitEveryEmailAndTheRun(again, runId, Duration.ofSeconds(60));
        System.out.println("CrashRecoveryIT (" + name + "): " + sentBeforeKill + " emails before the kill; the rest "
                + Duration.between(up, Instant.now()).toSeconds() + " s after the restart");
        assertEachContactHasOneEmailOrOneMessageIdTwice();
        assertEquals(CONTACTS, run.getInt("executed"), "each step executed once: " + run);
        assertTrue(again.log().contains("SEQ-0105"), "the server says it resumed the run");
        assertEquals(0, again.stop(), "run.sh ends with 0 on a clean stop");
    }

    private RunShServer start(String name, Map<String, String> env) throws IOException {
        RunShServer previous = servers.get(name);
        if (previous == null) {
            RunShServer.deleteRecursively(work.resolve(name));
        }
        int port = previous == null ? RunShServer.freePort() : previous.port();
        RunShServer server = RunShServer.start(name, work.resolve(name), port, env);
        servers.put(name, server);
        return server;
    }

    /** Imports the contacts, makes a sequence with one email step over them and runs it now; returns the run's id. */
    private String startRunOver(RunShServer server, String tag) {
        Scenario s = new Scenario(server.client(Tokens.admin("crash-admin")), server.client(Tokens.rep("crash-rep")),
                tag);
        for (int from = 0; from < CONTACTS; from += 500) {
            String contacts = String.join(",", IntStream.range(from, Math.min(CONTACTS, from + 500))
                    .mapToObj(i -> "{\"email\":\"contact" + i + "." + tag + "@example.com\",\"firstName\":\"C" + i
                            + "\",\"lastName\":\"Tester\",\"ownerId\":\"crash-rep\",\"fields\":{\"testTag\":\"" + tag
                            + "\"}}").toList());
            ApiClient.Reply imported = s.admin.post("/api/v1/host/contacts", "[" + contacts + "]");
            assertEquals(201, imported.status(), imported.body());
        }
        String sequenceId = s.sequence(EngineIT.sequence("Crash " + tag, "CLASSIC", EngineIT.viewAudience(
                s.contactView()), false, null, null, EngineIT.task("EMAIL", 1, null))).getString("id");
        ApiClient.Reply started = s.rep.post("/api/v1/sequences/" + sequenceId + "/runs?chunkSize=" + CHUNK, "");
        assertEquals(202, started.status(), started.body());
        return started.json().getString("id");
    }

    /** Waits until emails are going out while the run is still executing steps: the moment to kill the server. */
    private void awaitMidRun(RunShServer server, String runId) {
        ApiClient rep = server.client(Tokens.rep("crash-rep"));
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
                JsonObject run = rep.get("/api/v1/runs/" + runId).json();
                assertNotEquals("COMPLETED", run.getString("status"), "the run ended before the kill: " + run);
                return run.getInt("executed") >= 3 * CHUNK && mail.getReceivedMessages().length > 0;
            });
        } catch (ConditionTimeoutException e) {
            // Say where the run stood and what the servers logged, so that a stall can be told from a slow machine.
            throw new AssertionError("no mid-run moment within 2 minutes: run " + rep.get("/api/v1/runs/" + runId)
                    .body() + ", " + mail.getReceivedMessages().length + " emails; warnings and errors logged:\n"
                    + servers.values().stream().map(RunShServer::warnings).collect(Collectors.joining("\n")), e);
        }
    }

    /** Waits until every contact has an email and the run has completed, within {@code max}; returns the run. */
    private JsonObject awaitEveryEmailAndTheRun(RunShServer server, String runId, Duration max) throws Exception {
        ApiClient rep = server.client(Tokens.rep("crash-rep"));
        // The kill cuts SMTP sessions short, and GreenMail's handler thread throws for each: not the test's failure
        // (Awaitility would report another thread's uncaught exception as its own).
        await().atMost(max).pollInterval(Duration.ofMillis(500)).dontCatchUncaughtExceptions()
                .until(() -> recipients().size() >= CONTACTS
                        && "COMPLETED".equals(rep.get("/api/v1/runs/" + runId).json().getString("status")));
        // Long enough for the outbox (5 s) and the scheduler (10 s) to tick again: a late duplicate would show.
        Thread.sleep(12_000);
        return rep.get("/api/v1/runs/" + runId).json();
    }

    private Set<String> recipients() throws MessagingException {
        return messageIdsByRecipient().keySet();
    }

    private Map<String, Set<String>> messageIdsByRecipient() throws MessagingException {
        Map<String, Set<String>> ids = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                ids.computeIfAbsent(recipient.toString(), to -> new HashSet<>()).add(message.getMessageID());
            }
        }
        return ids;
    }

    /** The sending lanes of a member as run.sh starts it: the plugin's default (other jars have config files too). */
    private static int defaultLanes() throws IOException {
        for (URL file : Collections.list(CrashRecoveryIT.class.getClassLoader()
                .getResources("META-INF/microprofile-config.properties"))) {
            Properties defaults = new Properties();
            try (InputStream in = file.openStream()) {
                defaults.load(in);
            }
            if (defaults.containsKey("sequences.outbox.lanes")) {
                return Integer.parseInt(defaults.getProperty("sequences.outbox.lanes"));
            }
        }
        throw new IllegalStateException("no default of sequences.outbox.lanes on the class path");
    }

    private void assertEachContactHasOneEmailOrOneMessageIdTwice() throws MessagingException, IOException {
        Map<String, Set<String>> ids = messageIdsByRecipient();
        assertEquals(CONTACTS, ids.size(), "every contact got its email");
        ids.forEach((recipient, messageIds) -> assertEquals(1, messageIds.size(),
                recipient + " got emails with different Message-IDs: " + messageIds));
        int duplicates = mail.getReceivedMessages().length - CONTACTS;
        System.out.println("CrashRecoveryIT: " + duplicates + " emails sent twice (same Message-ID)");
        assertTrue(duplicates <= defaultLanes(),
                duplicates + " emails sent twice; at most one per sending lane of the killed server may be");
    }
}
