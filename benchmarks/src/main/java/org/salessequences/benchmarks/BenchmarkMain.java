package org.salessequences.benchmarks;

import java.nio.file.Path;
import java.util.Map;

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
        try (PayaraMicroServer server = PayaraMicroServer.start(deploy, work.resolve("server"), xmx,
                Map.of("sequences.host.jwt.secret", BenchmarkClient.SECRET, "sequences.clock.adjustable", "true"))) {
            HostScenarios host = new HostScenarios(server, report);
            switch (scenario) {
                case "host-import" -> host.importTwice(Long.getLong("rows", 100_000), work.resolve("baseline"));
                case "host-view" -> host.streamLargeView(Long.getLong("rows", 1_000_000));
                case "engine-run" -> new EngineScenarios(server, report).enrollAndExecute(Long.getLong("rows", 100_000));
                default -> throw new IllegalArgumentException("unknown scenario " + scenario
                        + ": use host-import, host-view or engine-run");
            }
        }
    }
}
