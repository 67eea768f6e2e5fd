package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salessequences.host.tryton.TrytonRpc;
import org.salessequences.host.tryton.TrytonSettings;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The plugin beside a real CRM: Tryton (Debian's trytond, with the module sales_sequences) started on loopback,
 * {@code run.sh} with {@code sequences.host.adapter=tryton}. A sequence over a Tryton saved search sends its emails
 * and its call task, and the plugin's fields appear on the Tryton parties, read back over JSON-RPC; a wrong password
 * shows in {@code /health} at start-up. Skipped with a message when trytond is not installed.
 */
class TrytonHostIT {

    private static final Path WORK = RunShServer.workDirectory("tryton-host-it");
    private static final int TRYTON_PORT = Integer.getInteger("it.tryton.port", 8766);
    private static GreenMail mail;
    private static TrytonRpc tryton;

    @BeforeAll
    static void startTryton() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/trytond").canExecute(), "trytond is not installed (apt-get "
                + "install tryton-server tryton-modules-party tryton-modules-company tryton-modules-party-relationship "
                + "tryton-modules-project): TrytonHostIT is skipped");
        RunShServer.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Process start = new ProcessBuilder(System.getProperty("it.tryton.start"), WORK.resolve("trytond").toString(),
                Integer.toString(TRYTON_PORT)).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("trytond-start.log").toFile()).start();
        assertTrue(start.waitFor(180, TimeUnit.SECONDS) && start.exitValue() == 0,
                "trytond did not start: see " + WORK);
        tryton = new TrytonRpc(new TrytonSettings(URI.create("http://127.0.0.1:" + TRYTON_PORT + "/"), "sequences",
                "admin", "admin-password-for-tests", TrytonSettings.DEFAULT_ORGANISATION_CATEGORY,
                TrytonSettings.DEFAULT_EMPLOYEE_RELATION, Duration.ofSeconds(30)));
        mail = new GreenMail(new ServerSetup(RunShServer.freePort(), "127.0.0.1", "smtp"));
        mail.start();
    }

    @AfterAll
    static void stopTryton() throws IOException {
        if (mail != null) {
            mail.stop();
        }
        Path pid = WORK.resolve("trytond").resolve("trytond.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aSequenceOverATrytonSavedSearchSendsItsEmailsAndKeepsThePluginsFieldsOnTheParties() throws Exception {
        long organisation = tryton.create("party.category", Json.createObjectBuilder().add("name", "Organisation")
                .build());
        long employeeOf = tryton.create("party.relation.type", Json.createObjectBuilder().add("name", "Employee of")
                .build());
        long currency = tryton.create("currency.currency", Json.createObjectBuilder().add("name", "Euro")
                .add("code", "EUR").add("symbol", "EUR").build());
        long company = tryton.create("company.company", Json.createObjectBuilder().add("currency", currency)
                .add("party", tryton.create("party.party", Json.createObjectBuilder().add("name", "Our Company").build()))
                .build());
        tryton.call("model.res.user.write", Json.createArrayBuilder().add(Json.createArrayBuilder().add(1))
                .add(Json.createObjectBuilder().add("companies", Json.createArrayBuilder().add(Json.createArrayBuilder()
                        .add("add").add(Json.createArrayBuilder().add(company)))).add("company", company))
                .add(JsonValue.EMPTY_JSON_OBJECT).build());
        long acme = tryton.create("party.party", Json.createObjectBuilder().add("name", "Acme Robotics")
                .add("categories", Json.createArrayBuilder().add(Json.createArrayBuilder().add("add")
                        .add(Json.createArrayBuilder().add(organisation)))).build());
        long ada = person("Ada Lovelace", "ada@acme.example", "Berlin", acme, employeeOf);
        long ben = person("Ben Tester", "ben@acme.example", "Berlin", acme, employeeOf);
        person("Chloe Tester", "chloe@example.org", "Hamburg", null, employeeOf);
        long view = tryton.create("ir.ui.view_search", Json.createObjectBuilder().add("name", "Berliners")
                .add("model", "party.party").add("domain", "[[\"addresses.city\", \"ilike\", \"berlin\"]]").build());

        RunShServer server = RunShServer.start("tryton", WORK.resolve("tryton"), RunShServer.freePort(),
                trytonEnvironment("admin-password-for-tests"));
        try {
            server.awaitHealthy();
            ApiClient rep = server.client(Tokens.rep("tryton-rep"));
            JsonArray views = rep.get("/api/v1/views").array();
            assertTrue(views.toString().contains("\"id\":\"" + view + "\",\"name\":\"Berliners\""), views.toString());

            ApiClient.Reply created = rep.post("/api/v1/sequences", EngineIT.sequence("Tryton outbound", "CLASSIC",
                    EngineIT.viewAudience(Long.toString(view)), false, null, null, EngineIT.task("EMAIL", 1, null),
                    EngineIT.task("CALL_REMINDER", 1, null)));
            assertEquals(201, created.status(), created.body());
            String sequenceId = created.json().getString("id");
            ApiClient.Reply run = rep.post("/api/v1/sequences/" + sequenceId + "/runs", "");
            assertEquals(202, run.status(), run.body());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> recipients().size() >= 2);
            assertEquals(Set.of("ada@acme.example", "ben@acme.example"), recipients(), "the saved search's parties");
            assertEquals("Hello Ada", subjectTo("ada@acme.example"));

            JsonArray calls = await().atMost(Duration.ofSeconds(30)).until(() -> rep.get(
                    "/api/v1/reminders?type=CALL_REMINDER&contactId=" + ada).json().getJsonArray("items"),
                    items -> items.size() == 1);
            ApiClient.Reply completed = rep.post("/api/v1/reminders/" + calls.getJsonObject(0).getString("id")
                    + "/complete", "{\"outcome\":\"CONNECTED\",\"note\":\"Talked about pricing\"}");
            assertEquals(200, completed.status(), completed.body());

            // Read back from Tryton over JSON-RPC: what a Tryton user sees on the party's Sequences tab.
            JsonObject adaParty = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> party(ada), party -> "Call".equals(text(party, "sequences_last_activity_type"))
                            && "Tryton outbound".equals(text(party, "sequences_active")));
            assertEquals("Outgoing call", text(adaParty, "sequences_last_contacted_mode"), "the completed call");
            JsonObject benParty = await().atMost(Duration.ofSeconds(30)).until(() -> party(ben),
                    party -> "No reply".equals(text(party, "sequences_last_contacted_mode")));
            assertEquals("Tryton outbound", text(benParty, "sequences_active"));
            List<String> notes = tryton.searchRead("ir.note", "[[\"resource\", \"=\", \"party.party," + ada + "\"]]",
                    "message").stream().map(note -> note.getString("message")).toList();
            assertTrue(notes.stream().anyMatch(note -> note.startsWith("Hello Ada")), notes.toString());
            List<JsonObject> tasks = tryton.searchRead("project.work", "[[\"party\", \"=\", " + ada + "]]",
                    "status.name", "progress");
            assertEquals(1, tasks.size(), tasks.toString());
            assertEquals("Done", tasks.get(0).getJsonObject("status.").getString("name"), "the call was completed");
        } finally {
            assertEquals(0, server.stop(), "run.sh ends with 0 on a clean stop");
        }
    }

    @Test
    void aWrongTrytonPasswordIsFoundAtStartUpAndShownInHealth() throws Exception {
        int port = RunShServer.freePort();
        RunShServer server = RunShServer.start("tryton-wrong", WORK.resolve("tryton-wrong"), port,
                trytonEnvironment("not-the-password"));
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> health = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString()), reply -> reply.statusCode() == 503
                            && reply.body().contains("\"host\""));
            assertTrue(health.body().contains("sequences.tryton.username")
                    && health.body().contains("\"DOWN\""), health.body());
            assertTrue(!health.body().contains("not-the-password"), "the password is never shown");
        } finally {
            server.stop();
        }
    }

    /** run.sh's environment with the tryton adapter on the test's trytond. */
    private static Map<String, String> trytonEnvironment(String password) {
        Map<String, String> env = new HashMap<>(RunShServer.environment(mail.getSmtp().getPort()));
        env.put("SEQUENCES_HOST_ADAPTER", "tryton");
        env.put("SEQUENCES_TRYTON_URL", "http://127.0.0.1:" + TRYTON_PORT + "/");
        env.put("SEQUENCES_TRYTON_DATABASE", "sequences");
        env.put("SEQUENCES_TRYTON_USERNAME", "admin");
        env.put("SEQUENCES_TRYTON_PASSWORD", password);
        return env;
    }

    private static long person(String name, String email, String city, Long account, long employeeOf) {
        var party = Json.createObjectBuilder().add("name", name)
                .add("contact_mechanisms", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                        .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "email")
                                .add("value", email)))))
                .add("addresses", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                        .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("city", city)))));
        if (account != null) {
            party.add("relations", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                    .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("to", account)
                            .add("type", employeeOf)))));
        }
        return tryton.create("party.party", party.build());
    }

    private static JsonObject party(long id) {
        return tryton.searchRead("party.party", "[[\"id\", \"=\", " + id + "]]", "sequences_last_contacted_mode",
                "sequences_last_activity_type", "sequences_active").get(0);
    }

    private static String text(JsonObject object, String name) {
        return object.isNull(name) ? null : object.getString(name);
    }

    private static Set<String> recipients() throws Exception {
        return Stream.of(mail.getReceivedMessages()).flatMap(message -> {
            try {
                return Stream.of(message.getAllRecipients());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(Address::toString).collect(Collectors.toSet());
    }

    private static String subjectTo(String address) throws Exception {
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message.getSubject();
            }
        }
        return null;
    }
}
