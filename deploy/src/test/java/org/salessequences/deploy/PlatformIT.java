package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform under the product, on the real WAR: health, OpenAPI, identity and permissions, problem
 * documents, and a batch job started from REST and run to completion. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String SEQUENCE = """
            {"name":"Platform check","type":"CLASSIC","status":"DRAFT","exclusive":false,
             "audience":{"recordType":"CONTACT","savedViewIds":[],"conditions":[],"match":"ALL","preventDuplicateEmails":true},
             "schedule":{"time":"09:00","timezone":"Europe/Berlin","excludeWeekends":true,"intervalDays":null},
             "steps":[],
             "exitCriteria":{"allStepsExecuted":true,"replied":true,"unsubscribed":true,"bounced":true,"conditions":[],"match":"ALL"}}
            """;

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

    @Test
    void healthIsUpWithTheDatabaseCheckOnADatabaseWhoseCommitsAreDurable() {
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
