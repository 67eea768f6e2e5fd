package org.salessequences.benchmarks;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Runs one scenario ({@code -Dscenario=host-import}, {@code host-view}, {@code engine-run}, {@code email-send},
 * {@code reminders-query}, {@code mailbox-limits}; {@code inbound-mail} runs in this JVM without a server) against a fresh server started from the built WAR, on the embedded H2 and on PostgreSQL
 * ({@code -Ddatabase=both}, the default; or {@code h2}, {@code postgresql}) one after the other in the same run, and
 * prints its figures with the machine they were measured on, then the figures of both databases side by side.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = System.getProperty("scenario", "host-import");
        String xmx = System.getProperty("benchmark.xmx", "512m");
        Path deploy = Path.of(System.getProperty("benchmark.deploy", "deploy/target"));
        Path work = Path.of(System.getProperty("benchmark.work", "benchmarks/target/benchmark"));
        String databases = System.getProperty("database", "both");
        Report report = new Report(xmx);
        if ("inbound-mail".equals(scenario)) {
            // In this JVM, with no server and no database: the classifier and the IMAP reader themselves.
            report.line("scenario inbound-mail on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + "m");
            Path corpus = Path.of(System.getProperty("benchmark.corpus",
                    "sequence-plugin-impl/src/test/resources/bounce-corpus/sisimai"));
            // Maven's exec runs in the benchmarks module, a shell in the repository.
            // 500 by default: GreenMail's FETCH costs the square of the inbox's size (docs/benchmarks.md).
            new InboundMailScenarios(report).run(Long.getLong("rows", 500),
                    java.nio.file.Files.isDirectory(corpus) ? corpus : Path.of("..").resolve(corpus));
            return;
        }
        for (String name : "both".equals(databases) ? List.of("h2", "postgresql") : List.of(databases)) {
            try (BenchmarkDatabase database = BenchmarkDatabase.named(name)) {
                report.database(database);
                report.line("scenario " + scenario + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                        + System.getProperty("java.version") + "; server: Payara Micro on " + name + ", -Xmx" + xmx
                        + " -XX:+UseSerialGC");
                run(scenario, deploy, work.resolve(name), database, report, xmx);
            }
        }
        report.sideBySide();
    }

    private static void run(String scenario, Path deploy, Path work, BenchmarkDatabase database, Report report,
                            String xmx) throws Exception {
        // The local SMTP sink of the email scenario; the server's default mailbox points at it.
        GreenMail sink = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
        sink.start();
        List<String> databaseOptions = database.microOptions(deploy, work.resolve("database"));
        // Secrets of its own, so that the server starts as production does (no dev mode); the scenarios import up to a
        // million generated contacts (80 MB of CSV) in one request.
        Map<String, String> settings = new HashMap<>(Map.of("sequences.host.jwt.secret", BenchmarkClient.SECRET,
                "sequences.webhook.secret", "benchmark-only-webhook-secret-0123456789abcdef",
                "sequences.tracking.secret", "benchmark-only-tracking-secret-0123456789abcdef",
                "sequences.secrets.key", "benchmark-only-secrets-key-0123456789abcdef",
                "sequences.clock.adjustable", "true",
                "sequences.smtp.host", "127.0.0.1", "sequences.limits.emails-per-user-per-day", "100000000",
                "sequences.limits.import-bytes", Long.toString(Long.MAX_VALUE),
                "sequences.smtp.port", Integer.toString(sink.getSmtp().getPort())));
        // The tryton-host scenario runs on a real trytond, started and seeded before the plugin (which probes it).
        TrytonScenarios tryton = new TrytonScenarios(work.resolve("trytond"), Integer.getInteger("tryton.port", 8767));
        boolean peer = scenario.equals("tryton-peer");
        if (scenario.equals("tryton-host") || peer) {
            try {
                tryton.startHost(Path.of(System.getProperty("tryton.start")), Long.getLong("rows", peer ? 10_000 : 1_000),
                        peer ? sink.getSmtp().getPort() : 0, report);
            } catch (Exception e) {
                // The sink's threads would keep the JVM alive after the failure.
                sink.stop();
                tryton.stopHost();
                throw e;
            }
            settings.putAll(tryton.pluginSettings());
        }
        try (PayaraMicroServer server = PayaraMicroServer.start(deploy, work.resolve("server"), xmx, settings,
                databaseOptions)) {
            HostScenarios host = new HostScenarios(server, report);
            switch (scenario) {
                case "host-import" -> host.importTwice(Long.getLong("rows", 100_000), database, work.resolve("baseline"));
                case "host-view" -> host.streamLargeView(Long.getLong("rows", 1_000_000));
                case "engine-run" -> new EngineScenarios(server, report).enrollAndExecute(Long.getLong("rows", 100_000));
                case "email-send" -> new EmailScenarios(server, report, sink).sendThroughTheEngine(
                        Long.getLong("rows", 10_000));
                case "reminders-query" -> new ReminderScenarios(server, report).queryDashboard(
                        Long.getLong("rows", 100_000));
                case "mailbox-limits" -> new MailboxLimitScenarios(server, report, sink).sendPaced(
                        Long.getLong("rows", 10_000), Integer.getInteger("mailboxes", 20),
                        Integer.getInteger("perHour", 100), Integer.getInteger("minSecondsBetween", 1));
                case "tryton-host" -> tryton.enrollAndSend(server, sink, Long.getLong("rows", 1_000), report);
                case "tryton-peer" -> tryton.peerSideBySide(server, sink, Long.getLong("rows", 10_000), report);
                default -> throw new IllegalArgumentException("unknown scenario " + scenario
                        + ": use host-import, host-view, engine-run, email-send, reminders-query, mailbox-limits, "
                        + "tryton-host or tryton-peer");
            }
        } finally {
            sink.stop();
            tryton.stopHost();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
