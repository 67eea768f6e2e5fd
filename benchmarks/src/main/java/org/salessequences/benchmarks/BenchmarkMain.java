package org.salessequences.benchmarks;

import java.nio.file.Path;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Runs one scenario ({@code -Dscenario=host-import}, {@code host-view} or {@code engine-run}) against a fresh server started from the
 * built WAR, and prints its figures with the machine they were measured on.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = System.getProperty("scenario", "host-import");
        String xmx = System.getProperty("benchmark.xmx", "512m");
        Path deploy = Path.of(System.getProperty("benchmark.deploy", "deploy/target"));
        Path work = Path.of(System.getProperty("benchmark.work", "benchmarks/target/benchmark"));
        Report report = new Report(xmx);
        report.line("scenario " + scenario + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + "; server: Payara Micro, embedded H2, -Xmx" + xmx
                + " -XX:+UseSerialGC");
        // The local SMTP sink of the email scenario; the server's default mailbox points at it.
        GreenMail sink = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
        sink.start();
        // The scenarios import up to a million generated contacts (80 MB of CSV) in one request.
        try (PayaraMicroServer server = PayaraMicroServer.start(deploy, work.resolve("server"), xmx,
                // Secrets of its own, so that the server starts as production does (no dev mode).
                Map.of("sequences.host.jwt.secret", BenchmarkClient.SECRET,
                        "sequences.webhook.secret", "benchmark-only-webhook-secret-0123456789abcdef",
                        "sequences.tracking.secret", "benchmark-only-tracking-secret-0123456789abcdef",
                        "sequences.secrets.key", "benchmark-only-secrets-key-0123456789abcdef",
                        "sequences.clock.adjustable", "true",
                        "sequences.smtp.host", "127.0.0.1", "sequences.limits.emails-per-user-per-day", "100000000",
                        "sequences.limits.import-bytes", Long.toString(Long.MAX_VALUE),
                        "sequences.smtp.port", Integer.toString(sink.getSmtp().getPort())))) {
            HostScenarios host = new HostScenarios(server, report);
            switch (scenario) {
                case "host-import" -> host.importTwice(Long.getLong("rows", 100_000), work.resolve("baseline"));
                case "host-view" -> host.streamLargeView(Long.getLong("rows", 1_000_000));
                case "engine-run" -> new EngineScenarios(server, report).enrollAndExecute(Long.getLong("rows", 100_000));
                case "email-send" -> new EmailScenarios(server, report, sink).sendThroughTheEngine(
                        Long.getLong("rows", 10_000));
                case "reminders-query" -> new ReminderScenarios(server, report).queryDashboard(
                        Long.getLong("rows", 100_000));
                default -> throw new IllegalArgumentException("unknown scenario " + scenario
                        + ": use host-import, host-view, engine-run, email-send or reminders-query");
            }
        } finally {
            sink.stop();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
