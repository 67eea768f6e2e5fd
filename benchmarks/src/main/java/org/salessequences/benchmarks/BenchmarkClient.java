package org.salessequences.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salessequences.infrastructure.security.TokenMinter;

/** HTTP calls of the scenarios, as an admin of the host; bodies stream from the caller's input streams. */
public final class BenchmarkClient {

    /** The secret the benchmark server is started with; used nowhere else. */
    public static final String SECRET = "benchmark-only-host-secret-0123456789abcdef";

    // HTTP/1.1: over an upgraded HTTP/2 connection Payara closed the stream of a request that ran for minutes (the raw
    // baseline of a large run on a busy machine), and the scenario lost its figures.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;

    public BenchmarkClient(URI base) {
        this(base, "bench-admin", List.of("sequences.view", "sequences.create", "sequences.admin"));
    }

    /** A client acting as the user {@code subject} with these permissions (a rep: view and create). */
    public BenchmarkClient(URI base, String subject, List<String> permissions) {
        this.base = base;
        this.token = new TokenMinter(SECRET).mint(subject, subject, subject + "@bench.example", permissions,
                java.time.Instant.now(), Duration.ofHours(12));
    }

    public String postCsv(String path, Supplier<InputStream> csv) {
        return send(request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(csv)));
    }

    public String postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public String putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public String get(String path) {
        return send(request(path).GET());
    }

    /** A top-level string, number or boolean member of a small JSON answer (the scenarios need nothing more). */
    static String member(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|-?[0-9]+|true|false|null)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + abbreviate(json));
        }
        return matcher.group(2) != null ? matcher.group(2) : "null".equals(matcher.group(1)) ? null : matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }
}
