package org.salessequences.host.tryton;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostCrmException;

/**
 * Tryton's JSON-RPC ({@code POST <url>/<database>/} with {@code {"id","method","params"}}). Logs in once
 * ({@code common.db.login}) and sends {@code Authorization: Session base64(login:user:key)}: Basic authentication
 * would hash the password on every call. An expired or revoked session (HTTP 401/403) logs in again, once per call.
 * Errors: a Tryton {@code UserError}/{@code AccessError} fails for good; HTTP 5xx, 503 and network failures are
 * retryable. Every request is first taken from the host-call budget. Thread-safe: the session is replaced whole.
 */
public final class TrytonRpc {

    private final TrytonSettings settings;
    private final HttpClient http;
    private final HostCallBudget budget;
    private final AtomicLong ids = new AtomicLong();
    private volatile String session;

    /** A client for tools and tests (seeding a Tryton, reading it back), outside any budget. */
    public TrytonRpc(TrytonSettings settings) {
        this(settings, HttpClient.newHttpClient(), HostCallBudget.UNLIMITED);
    }

    TrytonRpc(TrytonSettings settings, HttpClient http, HostCallBudget budget) {
        this.settings = settings;
        this.http = http;
        this.budget = budget;
    }

    /** The result of {@code method} called with {@code params}. */
    public JsonValue call(String method, JsonArray params) {
        String current = session;
        if (current == null) {
            current = login();
        }
        Reply reply = send(method, params, current);
        if (reply.status() == 401 || reply.status() == 403) {
            reply = send(method, params, login());
        }
        return result(method, reply);
    }

    /** Logs in and keeps the session; bad credentials fail for good. */
    public synchronized String login() {
        JsonArray params = Json.createArrayBuilder().add(settings.username())
                .add(Json.createObjectBuilder().add("password", settings.password())).build();
        Reply reply = send("common.db.login", params, null);
        JsonValue result = result("common.db.login", reply);
        if (!(result instanceof JsonArray pair) || pair.size() < 2) {
            throw new HostCrmException(LogId.TRYTON_REFUSED + " Tryton refused the login of " + settings.username()
                    + ": check sequences.tryton.username and .password", false);
        }
        String token = settings.username() + ":" + pair.get(0) + ":" + pair.getString(1);
        session = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
        return session;
    }

    /** Replaces the session (tests: one the server no longer knows). */
    void useSession(String token) {
        session = token;
    }

    /** Creates one record of {@code model} ({@code party.party}); returns its id. */
    public long create(String model, JsonObject values) {
        JsonArray ids = (JsonArray) call("model." + model + ".create", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(values)).add(JsonValue.EMPTY_JSON_OBJECT).build());
        return ids.getJsonNumber(0).longValue();
    }

    /** The records of {@code model} matching {@code domain} (a Tryton domain as JSON text), with {@code fields}. */
    public java.util.List<JsonObject> searchRead(String model, String domain, String... fields) {
        jakarta.json.JsonArrayBuilder names = Json.createArrayBuilder();
        for (String field : fields) {
            names.add(field);
        }
        JsonArray rows = (JsonArray) call("model." + model + ".search_read", Json.createArrayBuilder()
                .add(Json.createReader(new StringReader(domain)).readArray()).add(0).add(JsonValue.NULL)
                .add(JsonValue.NULL).add(names).add(JsonValue.EMPTY_JSON_OBJECT).build());
        return rows.getValuesAs(JsonObject.class);
    }

    private record Reply(int status, String body) {
    }

    private Reply send(String method, JsonArray params, String sessionToken) {
        budget.spend(1);
        JsonObject body = Json.createObjectBuilder().add("id", ids.incrementAndGet()).add("method", method)
                .add("params", params).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (sessionToken != null) {
            request.header("Authorization", "Session " + sessionToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new HostCrmException(LogId.TRYTON_UNREACHABLE + " Tryton at " + settings.url()
                    + " could not be reached (" + e.getClass().getSimpleName() + ")", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostCrmException(LogId.TRYTON_UNREACHABLE + " interrupted while calling Tryton", true, e);
        }
    }

    private JsonValue result(String method, Reply reply) {
        if (reply.status() == 401 || reply.status() == 403) {
            throw new HostCrmException(LogId.TRYTON_REFUSED + " Tryton refused " + method + " (HTTP " + reply.status()
                    + "): check sequences.tryton.username and .password", false);
        }
        if (reply.status() == 404) {
            throw new HostCrmException(LogId.TRYTON_NO_DATABASE + " Tryton has no database " + settings.database()
                    + " at " + settings.url() + " (HTTP 404): check sequences.tryton.url and .database", false);
        }
        if (reply.status() / 100 != 2) {
            throw new HostCrmException(LogId.TRYTON_UNREACHABLE + " Tryton answered " + method + " with HTTP "
                    + reply.status(),
                    reply.status() / 100 == 5 || reply.status() == 429);
        }
        JsonObject answer;
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            answer = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new HostCrmException(LogId.TRYTON_NOT_JSON_RPC + " Tryton answered " + method
                    + " with something other than JSON-RPC",
                    false, e);
        }
        if (answer.containsKey("error") && !answer.isNull("error")) {
            throw error(method, answer.get("error"));
        }
        return answer.get("result");
    }

    /** {@code ["UserError", [message, description, ...]]}, or a plain message for server faults. */
    private static HostCrmException error(String method, JsonValue error) {
        String kind = "error";
        String message = error.toString();
        if (error instanceof JsonArray array && !array.isEmpty()) {
            kind = array.get(0) instanceof jakarta.json.JsonString name ? name.getString() : kind;
            if (array.size() > 1 && array.get(1) instanceof JsonArray details && !details.isEmpty()) {
                message = details.get(0).toString();
            }
        }
        boolean retryable = kind.contains("ConcurrencyException") || kind.contains("DatabaseOperationalError");
        return new HostCrmException(LogId.TRYTON_CALL_REFUSED + " Tryton refused " + method + " (" + kind + "): "
                + message, retryable);
    }
}
