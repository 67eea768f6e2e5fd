package org.salessequences.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The execution engine at scale: N contacts in a saved view, one classic sequence of three steps. Times the run that
 * enrolls them (its {@code enroll} stage, and the whole run) and the next day's run that executes a step for every
 * one of them, with the server's peak heap, beside the raw baseline: the same number of enrollment rows written into
 * the same table of the same database with nothing but plain JDBC batch inserts, in the same server.
 */
final class EngineScenarios {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);
    private static final Pattern STAGE = Pattern.compile("\\{[^{}]*\"name\"\\s*:\\s*\"(\\w+)\"[^{}]*\\}");

    private final PayaraMicroServer server;
    private final BenchmarkClient client;
    private final Report report;

    EngineScenarios(PayaraMicroServer server, Report report) {
        this.server = server;
        this.client = new BenchmarkClient(server.base());
        this.report = report;
    }

    void enrollAndExecute(long rows) throws Exception {
        long started = System.nanoTime();
        String imported = client.postCsv("api/v1/host/contacts/import?tag=engine", () -> new GeneratedContacts(rows, 0));
        check(Long.parseLong(BenchmarkClient.member(imported, "imported")) == rows, "all contacts loaded");
        report.line("loaded " + rows + " contacts in " + seconds(System.nanoTime() - started) + " s (not measured)");
        String view = BenchmarkClient.member(client.postJson("api/v1/host/views", "{\"name\":\"Engine benchmark\","
                + "\"recordType\":\"CONTACT\",\"conditions\":[{\"field\":\"importName\",\"operator\":\"EQUALS\","
                + "\"value\":\"engine\"}],\"match\":\"ALL\"}"), "id");
        client.putJson("api/v1/admin/clock", "{\"now\":\"2027-01-04T07:00:00Z\"}");
        String sequence = BenchmarkClient.member(client.postJson("api/v1/sequences", "{\"name\":\"Benchmark\","
                + "\"type\":\"CLASSIC\",\"status\":\"ACTIVE\",\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\""
                + view + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":\"Europe/Berlin\",\"excludeWeekends\":true},"
                + "\"steps\":[" + task(2) + "," + task(3) + "," + task(4) + "]}"), "id");

        report.phaseStarts();
        Run enroll = run(sequence, "2027-01-04T08:00:00Z");
        report.phaseEnds("the enroll run");
        check(enroll.count("enrolled") == rows, "every contact enrolled");
        long enrollStage = enroll.stageMillis("enroll");
        report.line("enroll run: " + rows + " contacts enrolled; enroll stage " + millis(enrollStage) + " s = "
                + perSecond(rows, enrollStage) + " records/s; whole run (with planning day 1 for each) "
                + millis(enroll.totalMillis) + " s");
        report.heap("  server heap peak during the enroll run", enroll.peakHeap);
        report.figure(rows + " contacts: enroll stage, s", enrollStage / 1e3, "%.2f");
        report.figure(rows + " contacts: enroll stage, records/s", rows / Math.max(0.001, enrollStage / 1e3), "%.0f");

        if (!"skip".equals(System.getProperty("baseline"))) {
            long baseline = Long.parseLong(BenchmarkClient.member(client.postJson(
                    "api/v1/admin/baselines/enrollment-inserts?rows=" + rows + "&batch=500", ""), "millis"));
            report.line("raw baseline: " + rows + " enrollment rows, plain JDBC batch inserts of 500 into the same "
                    + "table, " + millis(baseline) + " s = " + perSecond(rows, baseline) + " rows/s");
            report.line(String.format(Locale.ROOT, "enroll stage / raw baseline = %.2f (the target: at most 1.5)",
                    enrollStage / (double) Math.max(1, baseline)));
            report.figure(rows + " contacts: raw baseline, s", baseline / 1e3, "%.2f");
            report.figure(rows + " contacts: enroll stage / raw baseline", enrollStage / (double) Math.max(1, baseline),
                    "%.2f");
        }

        report.phaseStarts();
        Run execute = run(sequence, "2027-01-05T08:00:00Z");
        report.phaseEnds("the execute run");
        check(execute.count("executed") == rows, "one step executed for every contact");
        long executeStage = execute.stageMillis("execute");
        report.line("execute run: " + rows + " step executions (with their outbox entries); execute stage "
                + millis(executeStage) + " s = " + perSecond(rows, executeStage) + " records/s; whole run "
                + millis(execute.totalMillis) + " s");
        report.heap("  server heap peak during the execute run", execute.peakHeap);
        report.figure(rows + " contacts: execute stage, records/s", rows / Math.max(0.001, executeStage / 1e3), "%.0f");
        report.figure(rows + " contacts: heap peak of both runs, MB", Report.mb(Math.max(enroll.peakHeap,
                execute.peakHeap)));
        report.bytesPerRow(List.of("seq_enrollment", "seq_step_execution", "seq_outbox", "seq_reminder",
                "seq_reminder_word", "host_contact", "host_task"));
    }

    private static String task(int day) {
        return "{\"type\":\"FOLLOW_UP\",\"day\":" + day + ",\"task\":{\"title\":\"Day " + day
                + " follow-up with $contact.firstName\"}}";
    }

    /** Moves the clock to a scheduled run, waits for it and reads its totals and stage timings. */
    Run run(String sequenceId, String at) throws InterruptedException {
        Run run = new Run();
        try (PayaraMicroServer.HeapSampler sampler = server.sampleHeap(SAMPLE_EVERY)) {
            long started = System.nanoTime();
            String clock = client.putJson("api/v1/admin/clock", "{\"now\":\"" + at + "\"}");
            Matcher id = Pattern.compile("\"startedRuns\"\\s*:\\s*\\[\"([^\"]+)\"").matcher(clock);
            String runId = id.find() ? id.group(1) : latestRun(sequenceId);
            String body;
            String status;
            do {
                Thread.sleep(200);
                body = client.get("api/v1/runs/" + runId);
                // The stages carry statuses of their own: read the run's from the rest of the answer.
                status = BenchmarkClient.member(body.replaceAll("\"stages\"\\s*:\\s*\\[[^\\]]*\\]", ""), "status");
            } while (!"COMPLETED".equals(status) && !"FAILED".equals(status));
            run.totalMillis = (System.nanoTime() - started) / 1_000_000;
            check("COMPLETED".equals(status), "the run completed: " + body);
            run.body = body;
            run.peakHeap = sampler.peak().orElse(-1);
        }
        return run;
    }

    private String latestRun(String sequenceId) {
        return BenchmarkClient.member(client.get("api/v1/sequences/" + sequenceId + "/runs?size=1"), "id");
    }

    static final class Run {
        String body;
        long totalMillis;
        long peakHeap;

        long count(String name) {
            return Long.parseLong(BenchmarkClient.member(body, name));
        }

        long stageMillis(String name) {
            Matcher stages = STAGE.matcher(body);
            while (stages.find()) {
                if (stages.group(1).equals(name)) {
                    String stage = stages.group();
                    return Duration.between(Instant.parse(BenchmarkClient.member(stage, "startedAt")),
                            Instant.parse(BenchmarkClient.member(stage, "endedAt"))).toMillis();
                }
            }
            throw new IllegalStateException("no stage " + name + " in " + body);
        }
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String millis(long millis) {
        return String.format(Locale.ROOT, "%.2f", millis / 1e3);
    }

    private static String perSecond(long count, long millis) {
        return String.format(Locale.ROOT, "%.0f", count / Math.max(0.001, millis / 1e3));
    }
}
