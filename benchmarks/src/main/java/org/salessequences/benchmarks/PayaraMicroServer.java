package org.salessequences.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built WAR on Payara Micro, started as {@code deploy/run.sh} starts it (its own JVM with a fixed {@code -Xmx}, a
 * free port, {@code --nocluster}, a fresh root directory so the embedded H2 starts empty), for scenarios to drive over
 * HTTP, on the database given. Its heap is read from the server's MicroProfile Metrics, so it is the server's heap that is measured.
 */
public final class PayaraMicroServer implements AutoCloseable {

    /** The used-heap gauge in Payara's Prometheus output, with or without the scope prefix and labels. */
    private static final Pattern USED_HEAP = Pattern.compile(
            "^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+([0-9.eE+]+)\\s*$", Pattern.MULTILINE);

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PayaraMicroServer(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts the server and waits until {@code /health} is UP.
     *
     * @param deployDir        {@code deploy/target}, holding {@code sales-sequences.war} and {@code payara-micro.jar}
     * @param workDir          where the server's root directory and log go (emptied first)
     * @param xmx              the server's maximum heap, e.g. {@code 512m}
     * @param systemProperties plugin configuration, e.g. {@code sequences.host.jwt.secret}
     * @param microOptions     further Payara Micro options, e.g. the post-boot file of the database
     */
    public static PayaraMicroServer start(Path deployDir, Path workDir, String xmx, Map<String, String> systemProperties,
                                          List<String> microOptions) throws IOException, InterruptedException {
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-XX:+UseSerialGC"));
        // Extra options for looking inside a run (a flight recording, say); none in the figures docs/benchmarks.md states.
        String extra = System.getProperty("benchmark.jvm", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", deployDir.resolve("payara-micro.jar").toString(),
                "--deploy", deployDir.resolve("sales-sequences.war").toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--rootdir", workDir.resolve("payara").toString()));
        command.addAll(microOptions);
        Path log = workDir.resolve("payara.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PayaraMicroServer server = new PayaraMicroServer(process, URI.create("http://localhost:" + port + "/"), log);
        try {
            server.awaitHealthy(Duration.ofSeconds(240));
        } catch (IOException | InterruptedException | RuntimeException e) {
            // A server left running would keep the database files of the next run locked.
            server.close();
            throw e;
        }
        return server;
    }

    public URI base() {
        return base;
    }

    /** The server's used heap now, from {@code GET /metrics}. */
    public long usedHeapBytes() {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(base.resolve("metrics"))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher used = USED_HEAP.matcher(metrics.body());
            if (metrics.statusCode() != 200 || !used.find()) {
                throw new IllegalStateException("no used-heap gauge in /metrics (HTTP " + metrics.statusCode() + ")");
            }
            return (long) Double.parseDouble(used.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the server process used under a twentieth of one core over two seconds (its timers tick, nothing
     * else runs): what an earlier phase of a scenario left to do in the background is done.
     *
     * @throws IllegalStateException when it is still busy after {@code max}
     */
    public void awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        Duration window = Duration.ofSeconds(2);
        Duration before = cpuTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(window.toMillis());
            Duration now = cpuTime();
            if (now.minus(before).toMillis() < window.toMillis() / 20) {
                return;
            }
            before = now;
        }
        throw new IllegalStateException("the server was still busy after " + max);
    }

    /** The CPU time the server process used since it started. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report a process's CPU time"));
    }

    /** Samples the server's used heap every {@code interval} until closed; the peak is what a scenario reports. */
    public HeapSampler sampleHeap(Duration interval) {
        return new HeapSampler(this::usedHeapBytes, interval);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not become healthy within " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The server's used heap over time, sampled on a daemon thread. */
    public static final class HeapSampler implements AutoCloseable {

        private final Thread thread;
        private volatile long peak;
        private volatile long samples;
        private volatile boolean running = true;

        HeapSampler(java.util.function.LongSupplier usedHeap, Duration interval) {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        long used = usedHeap.getAsLong();
                        peak = Math.max(peak, used);
                        samples++;
                        Thread.sleep(interval.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // a sample lost under load is no reason to stop sampling
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public OptionalLong peak() {
            return samples == 0 ? OptionalLong.empty() : OptionalLong.of(peak);
        }

        public long samples() {
            return samples;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
