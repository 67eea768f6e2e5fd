package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform under the product, on the real WAR: health, OpenAPI, identity and permissions, problem
 * documents, and a batch job started from REST and run to completion. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    /** Endpoints answering different record types, so that each first request binds a type of its own. */
    private static final List<String> FIRST_REQUESTS = List.of("/api/v1/me", "/api/v1/me/mailbox",
            "/api/v1/sequences", "/api/v1/reminders", "/api/v1/reminders/r-none", "/api/v1/views",
            "/api/v1/contacts/c-none/activities", "/api/v1/contacts/c-none/enrollments",
            "/api/v1/contacts/c-none/fields", "/api/v1/contacts?q=a", "/api/v1/host/views",
            "/api/v1/host/contacts/c-none", "/api/v1/host/views/v-none/contacts", "/api/v1/host/views/v-none/accounts",
            "/api/v1/admin/clock", "/api/v1/runs/r-none", "/api/v1/sequences/s-none",
            "/api/v1/sequences/s-none/metrics", "/api/v1/sequences/s-none/versions",
            "/api/v1/sequences/s-none/enrollments", "/api/v1/sequences/s-none/runs", "/api/v1/dev-mailbox", "/health",
            "/api/v1/no-such-thing");

    private static final String SEQUENCE = """
            {"name":"Platform check","type":"CLASSIC","status":"DRAFT","exclusive":false,
             "audience":{"recordType":"CONTACT","savedViewIds":[],"conditions":[],"match":"ALL","preventDuplicateEmails":true},
             "schedule":{"time":"09:00","timezone":"Europe/Berlin","excludeWeekends":true,"intervalDays":null},
             "steps":[],
             "exitCriteria":{"allStepsExecuted":true,"replied":true,"unsubscribed":true,"bounced":true,"conditions":[],"match":"ALL"}}
            """;

    /** The shipped defaults of sequences.limits.request-bytes and sequences.limits.event-bytes. */
    private static final int REQUEST_LIMIT = 4 << 20;
    private static final int EVENT_LIMIT = 64 << 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private ApiClient rep;

    @BeforeEach
    void client() {
        rep = new ApiClient(base, Tokens.rep("platform-rep"));
    }

    /**
     * The first requests a page makes arrive together; Payara once bound JSON for them through resolver classes it
     * instantiated lazily and without a lock, so one of them failed with a 500. Runs first, on the fresh server.
     */
    @Test
    @Order(1)
    void concurrentFirstRequestsOnAFreshServerAreNeverServerErrors() throws Exception {
        ApiClient admin = rep.as(Tokens.admin("platform-admin"));
        int parallel = 32;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<String>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String path = FIRST_REQUESTS.get(i % FIRST_REQUESTS.size());
                replies.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ApiClient.Reply reply = admin.get(path);
                    return reply.status() + " " + path + " " + reply.body();
                }, pool));
            }
            start.countDown();
            List<String> serverErrors = replies.stream().map(CompletableFuture::join)
                    .filter(reply -> reply.startsWith("5")).collect(Collectors.toList());
            assertEquals(List.of(), serverErrors);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void healthIsUpWithTheDatabaseCheckOnADatabaseWhoseCommitsAreDurableAndWhoseTransactionsEnlist() {
        ApiClient.Reply health = rep.as(null).get("/health");
        assertEquals(200, health.status(), health.body());
        JsonObject body = health.json();
        assertEquals("UP", body.getString("status"));
        JsonObject database = body.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> "database".equals(check.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"), health.body());
        // The ITs' Payara is configured with the post-boot file run.sh uses: on H2 that is the pool without write delay.
        assertEquals("true", database.getJsonObject("data").get("durableCommits").toString().replace("\"", ""),
                health.body());
        // The periodic work (outbox, scheduler, syncs) runs where its transactions take in their connections: begun
        // inside an EJB timer they did not, and every statement of an email's bookkeeping committed on its own.
        assertEquals("true", database.getJsonObject("data").get("transactionsEnlisted").toString().replace("\"", ""),
                health.body());
        // The host adapter was found by its id among the factories on the class path and answered its probe.
        JsonObject host = body.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> "host".equals(check.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", host.getString("status"), health.body());
        assertEquals("embedded", host.getJsonObject("data").getString("adapter"), health.body());
    }

    @Test
    void openApiDescribesTheApi() {
        ApiClient.Reply openapi = rep.as(null).get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/sequences"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/runs/{id}"), openapi.body());
    }

    @Test
    void aRequestWithoutATokenIsRejectedWithAProblem() {
        ApiClient.Reply reply = rep.as(null).get("/api/v1/me");
        assertProblem(reply, 401);
        assertNotNull(reply.header("WWW-Authenticate"));
    }

    @Test
    void forgedAndExpiredTokensAreRejected() {
        String token = Tokens.rep("platform-rep");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertProblem(rep.as(forged).get("/api/v1/me"), 401);
        assertProblem(rep.as(Tokens.expired("platform-rep")).get("/api/v1/me"), 401);
        assertProblem(rep.as("not-a-jwt").get("/api/v1/me"), 401);
    }

    @Test
    void aValidTokenReachesAnAuthenticatedEndpoint() {
        ApiClient.Reply me = rep.get("/api/v1/me");
        assertEquals(200, me.status(), me.body());
        assertEquals("platform-rep", me.json().getString("userId"));
        assertEquals(List.of("sequences.view", "sequences.create"),
                me.json().getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void aMissingPermissionIsForbidden() {
        ApiClient viewer = rep.as(Tokens.forUser("platform-viewer", Tokens.VIEW));
        assertProblem(viewer.post("/api/v1/sequences", SEQUENCE), 403);
        ApiClient nobody = rep.as(Tokens.forUser("platform-nobody"));
        assertProblem(nobody.get("/api/v1/sequences"), 403);
    }

    @Test
    void invalidBodiesAreProblemsNamingTheirFields() {
        ApiClient.Reply invalid = rep.post("/api/v1/sequences", """
                {"name":"","type":"WEEKLY","schedule":{"time":"25:00","timezone":"Mars/Olympus"}}""");
        assertProblem(invalid, 400);
        List<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(error -> ((JsonObject) error).getString("field")).toList();
        assertTrue(fields.containsAll(List.of("name", "type", "schedule.time", "schedule.timezone")), invalid.body());

        assertProblem(rep.post("/api/v1/sequences", "{\"name\": "), 400);
        assertProblem(rep.get("/api/v1/no-such-thing"), 404);
        assertProblem(rep.get("/api/v1/sequences?size=0"), 400);
    }

    @Test
    void aBodyOverItsLimitIs413BeforeAuthenticationDeclaredOrNot() {
        String tooLarge = "{\"name\":\"" + "x".repeat(REQUEST_LIMIT) + "\"}";

        assertBodyRefused(rep.post("/api/v1/sequences", tooLarge), REQUEST_LIMIT);
        assertBodyRefused(rep.as(null).post("/api/v1/sequences", tooLarge), REQUEST_LIMIT);
        assertBodyRefused(rep.send(chunked(rep.request("/api/v1/sequences"), tooLarge)), REQUEST_LIMIT);

        ApiClient.Reply withinTheLimit = rep.post("/api/v1/sequences",
                "{\"name\":\"" + "x".repeat(REQUEST_LIMIT - 1024) + "\"}");
        assertProblem(withinTheLimit, 400);
        assertTrue(withinTheLimit.body().contains("\"field\":\"name\""), "read and validated: " + withinTheLimit);
    }

    @Test
    void aHugeEventIs413BeforeItsSignatureIsComputed() {
        String huge = "{\"id\":\"" + "x".repeat(EVENT_LIMIT) + "\",\"type\":\"OPENED\"}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        assertBodyRefused(rep.as(null).send(rep.as(null).request("/api/v1/events").header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(huge))), EVENT_LIMIT);
        assertBodyRefused(rep.as(null).send(chunked(rep.as(null).request("/api/v1/events")
                .header("X-Sequences-Timestamp", timestamp)
                .header("X-Sequences-Signature", "sha256=" + Scenario.hmac(timestamp + "." + huge)), huge)),
                EVENT_LIMIT);
        assertProblem(rep.as(null).post("/api/v1/events", "{\"id\":\"small\",\"type\":\"OPENED\"}"), 401);
    }

    @Test
    void pageAndSizeThatAreNotWholeNumbersInRangeAre400NamingThem() {
        assertParameterRefused(rep.get("/api/v1/sequences?page=abc"), "page");
        assertParameterRefused(rep.get("/api/v1/sequences?size=99999999999"), "size");
        assertParameterRefused(rep.get("/api/v1/sequences?page=2147483647&size=500"), "page");
        assertParameterRefused(rep.get("/api/v1/reminders?page=1.5"), "page");
        assertParameterRefused(rep.get("/api/v1/contacts/c-none/activities?size=-3"), "size");
        assertParameterRefused(rep.as(Tokens.admin("platform-admin")).get("/api/v1/host/views/v-none/contacts?size=x"),
                "size");

        assertEquals(201, rep.post("/api/v1/sequences", SEQUENCE).status());
        ApiClient.Reply page = rep.get("/api/v1/sequences?page=0&size=1");
        assertEquals(200, page.status(), page.body());
        assertEquals(1, page.array().size());
        assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 1, page.header("X-Total-Count"));
    }

    @Test
    void runNowStartsABatchJobThatCompletes() {
        ApiClient.Reply created = rep.post("/api/v1/sequences", SEQUENCE);
        assertEquals(201, created.status(), created.body());
        String sequenceId = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/sequences/" + sequenceId));

        ApiClient.Reply started = rep.post("/api/v1/sequences/" + sequenceId + "/runs", "");
        assertEquals(202, started.status(), started.body());
        String runId = started.json().getString("id");

        AtomicReference<JsonObject> run = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Reply reply = rep.get("/api/v1/runs/" + runId);
            assertEquals(200, reply.status(), reply.body());
            run.set(reply.json());
            return List.of("COMPLETED", "FAILED").contains(run.get().getString("status"));
        });
        assertEquals("COMPLETED", run.get().getString("status"), run.get().toString());
        assertEquals(sequenceId, run.get().getString("sequenceId"));
        assertEquals("MANUAL", run.get().getString("trigger"));
        assertNotNull(run.get().getString("endedAt"));

        ApiClient other = rep.as(Tokens.rep("platform-other-rep"));
        assertProblem(other.get("/api/v1/runs/" + runId), 404);
        assertProblem(other.post("/api/v1/sequences/" + sequenceId + "/runs", ""), 404);
        ApiClient admin = rep.as(Tokens.admin("platform-admin"));
        assertEquals(200, admin.get("/api/v1/runs/" + runId).status());
    }

    /** A body sent without Content-Length (chunked), as a client streaming it would. */
    private static HttpRequest.Builder chunked(HttpRequest.Builder request, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    }

    private static void assertBodyRefused(ApiClient.Reply reply, int limit) {
        assertProblem(reply, 413);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("", error.getString("field"), reply.body());
        assertEquals("must be at most " + limit + " bytes", error.getString("message"));
    }

    private static void assertParameterRefused(ApiClient.Reply reply, String parameter) {
        assertProblem(reply, 400);
        assertEquals(List.of(parameter), reply.json().getJsonArray("errors").stream()
                .map(error -> ((JsonObject) error).getString("field")).toList(), reply.body());
    }

    private static void assertProblem(ApiClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertNotNull(reply.contentType(), "a problem has a content type");
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("type") && problem.containsKey("detail"),
                reply.body());
    }
}
