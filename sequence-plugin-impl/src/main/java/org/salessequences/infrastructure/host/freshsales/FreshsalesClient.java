package org.salessequences.infrastructure.host.freshsales;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.salessequences.infrastructure.json.JsonTrees;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostCrmException;

/**
 * JSON calls to the Freshsales API with its authentication and a bounded retry budget: HTTP 429 waits for its
 * {@code Retry-After} (or the backoff when it has none), 5xx and network failures wait an exponential backoff, both
 * up to {@link FreshsalesSettings#maxAttempts()} attempts, then fail retryably; 401 and other 4xx fail at once and
 * for good. Each request is first taken from the hourly {@link HostCallBudget}; when it is spent nothing is sent. Thread-safe: {@link HttpClient} is, and nothing else is shared.
 */
final class FreshsalesClient {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(FreshsalesClient.class.getName());

    private final FreshsalesSettings settings;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final HostCallBudget budget;

    FreshsalesClient(FreshsalesSettings settings, HttpClient http, Sleeper sleeper, HostCallBudget budget) {
        this.settings = settings;
        this.http = http;
        this.sleeper = sleeper;
        this.budget = budget;
    }

    /** The JSON answer to a GET, or empty on 404. */
    Optional<JsonObject> get(String path) {
        return send("GET", path, null);
    }

    /** The JSON answer to a POST or PUT of {@code body}. */
    JsonObject write(String method, String path, JsonObject body) {
        return send(method, path, body).orElseThrow(() -> new HostCrmException(
                LogId.FRESHSALES_NOT_FOUND + " Freshsales has no " + path + " (HTTP 404 on " + method + ")", false));
    }

    private Optional<JsonObject> send(String method, String path, JsonObject body) {
        HttpRequest request = HttpRequest.newBuilder(settings.baseUrl().resolve(path))
                .timeout(settings.timeout())
                .header("Authorization", "Token token=" + settings.apiKey())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            String failure;
            // Every request counts against Freshsales' hourly limit, retries included: each is paid for before it goes.
            budget.spend(1);
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return Optional.of(parse(response.body(), method, path));
                }
                if (status == 404) {
                    return Optional.empty();
                }
                if (status == 401) {
                    throw new HostCrmException(LogId.FRESHSALES_KEY_REFUSED
                            + " Freshsales refused the API key (HTTP 401 on " + method + " " + path
                            + "): check sequences.freshsales.apikey", false);
                }
                if (status != 429 && status / 100 != 5) {
                    throw new HostCrmException(LogId.FRESHSALES_REFUSED + " Freshsales refused " + method + " " + path
                            + " with HTTP " + status + ": " + abbreviate(response.body()), false);
                }
                failure = "HTTP " + status;
                wait = status == 429 ? retryAfter(response).orElse(backoff(attempt)) : backoff(attempt);
                if (wait.compareTo(settings.maxDelay()) > 0) {
                    throw new HostCrmException(LogId.FRESHSALES_UNAVAILABLE + " Freshsales asks to wait "
                            + wait.toSeconds() + " s before " + method + " " + path + ", longer than the "
                            + settings.maxDelay().toSeconds() + " s this adapter waits", true);
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName();
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HostCrmException(LogId.FRESHSALES_INTERRUPTED
                        + " interrupted while calling Freshsales", true, e);
            }
            if (attempt >= settings.maxAttempts()) {
                throw new HostCrmException(LogId.FRESHSALES_UNAVAILABLE + " Freshsales failed " + method + " " + path
                        + " " + attempt + " times, the last with " + failure, true);
            }
            int attemptNow = attempt;
            String failureNow = failure;
            Duration waitNow = wait;
            LOG.warning(() -> LogId.FRESHSALES_RETRYING + " Freshsales answered " + failureNow + " to " + method + " "
                    + path + " (attempt " + attemptNow + " of " + settings.maxAttempts() + "); retrying in "
                    + waitNow.toMillis() + " ms");
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HostCrmException(LogId.FRESHSALES_INTERRUPTED
                        + " interrupted while waiting to retry Freshsales", true, e);
            }
        }
    }

    private Duration backoff(int attempt) {
        Duration delay = settings.firstDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    /** {@code Retry-After} in seconds (the form Freshsales sends); an HTTP date or garbage counts as absent. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static JsonObject parse(String body, String method, String path) {
        if (body == null || body.isBlank()) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JsonTrees.reader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new HostCrmException(LogId.FRESHSALES_NOT_JSON + " Freshsales answered " + method + " " + path
                    + " with something " + "other than a JSON object", false, e);
        }
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
