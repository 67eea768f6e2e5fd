package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Drives the plugin through simulated days: moves the adjustable clock, waits for the runs it starts, and reads
 * what they did, all over the public API. One instance per test; {@code tag} keeps each test's data apart.
 */
final class Scenario {

    final ApiClient admin;
    final ApiClient rep;
    final String tag;
    private String repId;

    Scenario(ApiClient admin, ApiClient rep, String tag) {
        this.admin = admin;
        this.rep = rep;
        this.tag = tag;
    }

    /** The rep's user id, as the plugin reads it from their token. */
    String repId() {
        if (repId == null) {
            repId = rep.get("/api/v1/me").json().getString("userId");
        }
        return repId;
    }

    /** Sets the clock; scheduled runs due then start. */
    JsonObject clock(String instant) {
        ApiClient.Reply reply = admin.put("/api/v1/admin/clock", "{\"now\":\"" + instant + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Moves the clock to {@code instant} and waits for the sequence's scheduled run there to complete. */
    JsonObject scheduledRun(String sequenceId, String instant) {
        clock(instant);
        return awaitRun(sequenceId, Instant.parse(instant));
    }

    /** Moves the clock and checks that no run of the sequence starts then (a weekend, say). */
    void noRunAt(String sequenceId, String instant) {
        JsonArray started = clock(instant).getJsonArray("startedRuns");
        List<String> runsOfSequence = runs(sequenceId).stream().map(run -> ((JsonObject) run))
                .filter(run -> !Instant.parse(run.getString("runAt")).isBefore(Instant.parse(instant)))
                .map(run -> run.getString("id")).toList();
        assertTrue(runsOfSequence.isEmpty(), "no run at " + instant + " but " + runsOfSequence + " " + started);
    }

    private static final Pattern RUN_UNDER_WAY = Pattern.compile("already under way: ([0-9a-f-]{36})");

    /** Run now, at the clock's time, and wait for it. */
    JsonObject runNow(String sequenceId) {
        return runNow(sequenceId, null);
    }

    JsonObject runNow(String sequenceId, Integer chunkSize) {
        ApiClient.Reply started = rep.post("/api/v1/sequences/" + sequenceId + "/runs"
                + (chunkSize == null ? "" : "?chunkSize=" + chunkSize), "");
        // The scheduler may have found the sequence due at this very clock time and started its run a moment earlier:
        // that run is the run of now, and the plugin says which one it is.
        Matcher underWay = RUN_UNDER_WAY.matcher(started.body());
        if (started.status() == 409 && underWay.find()) {
            return awaitRunById(underWay.group(1), "COMPLETED");
        }
        assertEquals(202, started.status(), started.body());
        return awaitRunById(started.json().getString("id"), "COMPLETED");
    }

    JsonObject awaitRunById(String runId, String expected) {
        AtomicReference<JsonObject> run = new AtomicReference<>();
        // A bound for a busy CI machine, not a measure of speed (the benchmarks measure that).
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
            run.set(rep.get("/api/v1/runs/" + runId).json());
            return List.of("COMPLETED", "FAILED").contains(run.get().getString("status"));
        });
        assertEquals(expected, run.get().getString("status"), run.get().toString());
        return run.get();
    }

    JsonObject awaitRun(String sequenceId, Instant notBefore) {
        AtomicReference<JsonObject> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            for (JsonValue value : runs(sequenceId)) {
                JsonObject run = (JsonObject) value;
                if (!Instant.parse(run.getString("runAt")).isBefore(notBefore)
                        && List.of("COMPLETED", "FAILED").contains(run.getString("status"))) {
                    found.set(run);
                    return true;
                }
            }
            return false;
        });
        assertEquals("COMPLETED", found.get().getString("status"), found.get().toString());
        return found.get();
    }

    JsonArray runs(String sequenceId) {
        return rep.get("/api/v1/sequences/" + sequenceId + "/runs?size=100").array();
    }

    /** Creates a contact of the rep carrying this scenario's tag in {@code fields.testTag}; returns its id. */
    String contact(String email, String firstName, String city, String extraFieldsJson) {
        return contact(email, firstName, city, extraFieldsJson, repId());
    }

    /** The same, owned by {@code ownerId} ({@code null}: nobody). */
    String contact(String email, String firstName, String city, String extraFieldsJson, String ownerId) {
        String fields = "\"testTag\":\"" + tag + "\"" + (extraFieldsJson == null ? "" : "," + extraFieldsJson);
        ApiClient.Reply reply = admin.post("/api/v1/host/contacts", "[{\"email\":\"" + email + "\",\"firstName\":\""
                + firstName + "\",\"lastName\":\"Tester\",\"city\":\"" + city + "\",\"phone\":\"+4930123456\","
                + (ownerId == null ? "" : "\"ownerId\":\"" + ownerId + "\",") + "\"fields\":{" + fields + "}}]");
        assertEquals(201, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getString("id");
    }

    /** Changes contact fields by importing a CSV row for the same email (the import updates existing contacts). */
    void updateContact(String email, String column, String value) {
        ApiClient.Reply reply = admin.send(admin.request("/api/v1/host/contacts/import")
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email," + column + "\n" + email + "," + value
                        + "\n")));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(1, reply.json().getInt("imported"), reply.body());
    }

    /** A saved view of this scenario's contacts. */
    String contactView() {
        ApiClient.Reply reply = admin.post("/api/v1/host/views", "{\"name\":\"" + tag + " contacts\","
                + "\"recordType\":\"CONTACT\",\"match\":\"ALL\",\"conditions\":[{\"field\":\"fields.testTag\","
                + "\"operator\":\"EQUALS\",\"value\":\"" + tag + "\"}]}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    /** Creates a sequence; returns it. */
    JsonObject sequence(String json) {
        ApiClient.Reply reply = rep.post("/api/v1/sequences", json);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Pauses a sequence so that later clock moves of other tests do not run it. */
    void pause(JsonObject sequence) {
        JsonObject current = rep.get("/api/v1/sequences/" + sequence.getString("id")).json();
        rep.put("/api/v1/sequences/" + sequence.getString("id"),
                Json.createObjectBuilder(current).add("status", "PAUSED").build().toString());
    }

    JsonArray activities(String contactId) {
        return rep.get("/api/v1/contacts/" + contactId + "/activities?size=100").array();
    }

    JsonArray enrollments(String sequenceId) {
        return rep.get("/api/v1/sequences/" + sequenceId + "/enrollments?size=500").array();
    }

    JsonObject enrollmentOf(String sequenceId, String contactId) {
        return enrollments(sequenceId).stream().map(JsonObject.class::cast)
                .filter(enrollment -> contactId.equals(enrollment.getString("contactId"))).findFirst().orElseThrow();
    }

    JsonObject metrics(String sequenceId) {
        return rep.get("/api/v1/sequences/" + sequenceId + "/metrics").json();
    }

    /** Posts a signed inbound event, as a host would. */
    ApiClient.Reply event(String json) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return rep.as(null).send(rep.as(null).request("/api/v1/events").header("Content-Type", "application/json")
                .header("X-Sequences-Timestamp", timestamp)
                .header("X-Sequences-Signature", "sha256=" + hmac(timestamp + "." + json))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    static String hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(System.getProperty("it.webhook.secret").getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String at(String instant) {
        return OffsetDateTime.parse(instant).toInstant().toString();
    }
}
