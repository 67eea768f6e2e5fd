package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One server started the way the README tells an admin to start one: {@code deploy/run.sh} in a process of its own,
 * with its own port and data directory, and the environment given. It can be stopped as Ctrl+C would, or its JVM
 * killed with SIGKILL as a crash would.
 */
final class RunShServer {

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunShServer(Process process, int port, Path dataDir, Path output) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.output = output;
    }

    /** A directory for the servers of one test class, under the module's target directory. */
    static Path workDirectory(String name) {
        return Path.of(System.getProperty("it.war")).getParent().resolve(name);
    }

    /**
     * What every server of the ITs is started with: the ITs' secrets, the GreenMail server at {@code smtpPort} as the
     * default mailbox, the adjustable clock and no demo data.
     */
    static Map<String, String> environment(int smtpPort) {
        Map<String, String> env = new HashMap<>();
        env.put("SEQUENCES_DEMO_SEED", "false");
        // Real secrets, so that a server off the embedded database (where run.sh leaves dev mode off) starts.
        env.put("SEQUENCES_HOST_JWT_SECRET", Tokens.secret());
        env.put("SEQUENCES_WEBHOOK_SECRET", System.getProperty("it.webhook.secret"));
        env.put("SEQUENCES_TRACKING_SECRET", System.getProperty("it.tracking.secret"));
        env.put("SEQUENCES_SECRETS_KEY", System.getProperty("it.secrets.key"));
        env.put("SEQUENCES_SMTP_HOST", "127.0.0.1");
        env.put("SEQUENCES_SMTP_PORT", Integer.toString(smtpPort));
        env.put("SEQUENCES_CLOCK_ADJUSTABLE", "true");
        env.put("JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        return env;
    }

    /** The environment of a server on the PostgreSQL database {@code postgres} of a server at {@code port}. */
    static Map<String, String> onPostgresql(Map<String, String> env, int postgresPort) {
        Map<String, String> withDatabase = new HashMap<>(env);
        withDatabase.put("SEQUENCES_DB", "postgresql");
        withDatabase.put("SEQUENCES_DB_HOST", "localhost");
        withDatabase.put("SEQUENCES_DB_PORT", Integer.toString(postgresPort));
        withDatabase.put("SEQUENCES_DB_NAME", "postgres");
        withDatabase.put("SEQUENCES_DB_USER", "postgres");
        return withDatabase;
    }

    /**
     * The environment of the members of one Payara Micro cluster on loopback, at {@code clusterPorts}, with a cluster
     * name of its own so that clusters of other tests stay apart.
     */
    static Map<String, String> inCluster(Map<String, String> env, int... clusterPorts) {
        Map<String, String> cluster = new HashMap<>(env);
        cluster.put("SEQUENCES_CLUSTER", String.join(",", Arrays.stream(clusterPorts)
                .mapToObj(port -> "127.0.0.1:" + port).toList()));
        cluster.put("SEQUENCES_CLUSTER_NAME", "it-" + UUID.randomUUID().toString().substring(0, 8));
        cluster.put("SEQUENCES_INTERFACES", "127.0.0.1");
        return cluster;
    }

    /** The environment of the cluster member {@code name} on its cluster port. */
    static Map<String, String> member(Map<String, String> cluster, String name, int clusterPort) {
        Map<String, String> member = new HashMap<>(cluster);
        member.put("SEQUENCES_NODE_NAME", name);
        member.put("SEQUENCES_CLUSTER_PORT", Integer.toString(clusterPort));
        return member;
    }

    /** Starts run.sh on {@code dataDir} (kept as it is: a restart finds its data again) at {@code port}. */
    static RunShServer start(String name, Path dataDir, int port, Map<String, String> env) throws IOException {
        Files.createDirectories(dataDir);
        Path deployDir = Path.of(System.getProperty("it.war")).getParent().getParent();
        ProcessBuilder builder = new ProcessBuilder("bash", deployDir.resolve("run.sh").toString());
        // Not from the shell that runs the tests: each test says whether dev mode is on (run.sh's default on H2).
        builder.environment().remove("SEQUENCES_DEV_MODE");
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("SEQUENCES_DATA_DIR", dataDir.toString());
        Path output = dataDir.getParent().resolve(name + ".out");
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        return new RunShServer(process, port, dataDir, output);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    int port() {
        return port;
    }

    ApiClient client(String token) {
        try {
            return new ApiClient(URI.create("http://localhost:" + port + "/").toURL(), token);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitOutput(String text, Duration max) {
        await().atMost(max).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertTrue(process.isAlive(), "run.sh stopped; see " + output);
            return Files.exists(output) && Files.readString(output).contains(text);
        });
    }

    void awaitHealthy() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertTrue(process.isAlive(), "run.sh stopped; see " + output + " and " + logFile());
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return health.statusCode() == 200 && health.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Waits for run.sh to end by itself; returns its exit code. */
    int awaitExit(Duration max) throws InterruptedException {
        assertTrue(process.waitFor(max.toSeconds(), TimeUnit.SECONDS), "run.sh did not end; see " + output);
        return process.exitValue();
    }

    /** What run.sh printed. */
    String output() throws IOException {
        return Files.readString(output);
    }

    Path logFile() {
        return dataDir.resolve("payara.log");
    }

    String log() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WARNING and SEVERE records of the server's log, each cut to its first line, headed by the server's name. */
    String warnings() {
        return dataDir.getFileName() + ":\n" + log().lines()
                .filter(line -> line.contains("WARNING") || line.contains("SEVERE"))
                .map(line -> line.length() > 400 ? line.substring(0, 400) : line).collect(Collectors.joining("\n"));
    }

    /** Kills the server's JVM with SIGKILL, as a crash or the kernel's OOM killer would; returns run.sh's exit code. */
    int kill() throws InterruptedException {
        List<ProcessHandle> jvms = process.descendants()
                .filter(child -> child.info().commandLine().orElse("").contains("payara-micro.jar")).toList();
        assertTrue(!jvms.isEmpty(), "no Payara Micro JVM under run.sh");
        jvms.forEach(ProcessHandle::destroyForcibly);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "run.sh did not end after its server was killed");
        return process.exitValue();
    }

    /** Stops the server as Ctrl+C would (TERM to run.sh); returns run.sh's exit code. */
    int stop() throws InterruptedException {
        if (!process.isAlive()) {
            return process.exitValue();
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }
}
