package org.salessequences.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import org.salessequences.host.tryton.TrytonRpc;
import org.salessequences.host.tryton.TrytonSettings;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The plugin on a real host: Debian's trytond with the module sales_sequences and N parties in a saved search; one
 * classic sequence with one email step over it. Reports records enrolled per second, emails per second, and the host
 * calls the plugin made per 1,000 contacts (counted in trytond's own request log): during the run (enroll and
 * execute), and with the host updates and sequence lists that follow each email. Beside it the raw baseline: the
 * same parties read straight over JSON-RPC in pages of 1,000.
 */
final class TrytonScenarios {

    static final String DATABASE = "sequences";
    private static final String PASSWORD = "admin-password-for-tests";

    private final Path dir;
    private final int port;
    private TrytonRpc rpc;

    TrytonScenarios(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts trytond (the tests' script) and seeds {@code rows} people in a saved search; before Payara starts. With
     * {@code sinkPort} above 0, Tryton's own marketing automation is activated too, sending to that SMTP sink.
     */
    void startHost(Path script, long rows, int sinkPort, Report report) throws IOException, InterruptedException {
        Files.createDirectories(dir.getParent());
        ProcessBuilder builder = new ProcessBuilder(script.toString(), dir.toString(), Integer.toString(port));
        if (sinkPort > 0) {
            builder.environment().put("TRYTON_EXTRA_MODULES", "marketing_automation");
            builder.environment().put("TRYTON_SMTP_URI", "smtp://127.0.0.1:" + sinkPort);
        }
        Process start = builder.redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling("trytond-start.log").toFile()).start();
        if (!start.waitFor(300, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new IllegalStateException("trytond did not start; see " + dir);
        }
        rpc = new TrytonRpc(new TrytonSettings(URI.create("http://127.0.0.1:" + port + "/"), DATABASE, "admin",
                PASSWORD, TrytonSettings.DEFAULT_ORGANISATION_CATEGORY, TrytonSettings.DEFAULT_EMPLOYEE_RELATION,
                Duration.ofMinutes(5)));
        long started = System.nanoTime();
        for (long from = 0; from < rows; from += 500) {
            JsonArrayBuilder parties = Json.createArrayBuilder();
            for (long i = from; i < Math.min(rows, from + 500); i++) {
                parties.add(Json.createObjectBuilder().add("name", "Person" + i + " Bench")
                        .add("contact_mechanisms", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                                .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "email")
                                        .add("value", "person" + i + "@bench.example"))))));
            }
            rpc.call("model.party.party.create", Json.createArrayBuilder().add(parties)
                    .add(JsonValue.EMPTY_JSON_OBJECT).build());
        }
        rpc.create("ir.ui.view_search", Json.createObjectBuilder().add("name", "Bench").add("model", "party.party")
                .add("domain", "[[\"name\", \"ilike\", \"% Bench\"]]").build());
        report.line("trytond from Debian on SQLite, " + rows + " parties created over JSON-RPC in "
                + seconds(System.nanoTime() - started) + " s (not measured)");
    }

    /** The plugin's settings for the tryton adapter. */
    Map<String, String> pluginSettings() {
        return Map.of("sequences.host.adapter", "tryton", "sequences.tryton.url", "http://127.0.0.1:" + port + "/",
                "sequences.tryton.database", DATABASE, "sequences.tryton.username", "admin",
                "sequences.tryton.password", PASSWORD);
    }

    void enrollAndSend(PayaraMicroServer server, GreenMail sink, long rows, Report report) throws Exception {
        BenchmarkClient client = new BenchmarkClient(server.base());
        client.putJson("api/v1/admin/clock", "{\"now\":\"2027-01-04T07:00:00Z\"}");
        String sequence = sequence(client, "Tryton bench", "<p>Hi $contact.firstName</p>", null);

        long before = hostCalls();
        long started = System.nanoTime();
        EngineScenarios.Run run = new EngineScenarios(server, report).run(sequence, "2027-01-04T08:00:00Z");
        long runNanos = System.nanoTime() - started;
        long duringRun = hostCalls() - before;
        check(run.count("enrolled") == rows, "every party enrolled: " + run.body);
        while (sink.getReceivedMessages().length < rows) {
            Thread.sleep(100);
            check(System.nanoTime() - started < TimeUnit.MINUTES.toNanos(30), "the emails went out");
        }
        long sendNanos = System.nanoTime() - started;
        long settled = awaitQuietHost();
        long enrollMillis = run.stageMillis("enroll");
        report.line("run: " + rows + " contacts enrolled, enroll stage " + seconds(enrollMillis * 1_000_000L) + " s = "
                + perSecond(rows, enrollMillis * 1_000_000L) + " records/s; the whole run " + seconds(runNanos) + " s");
        report.line("emails: " + rows + " sent (one SMTP sink) " + seconds(sendNanos) + " s after the run started = "
                + perSecond(rows, sendNanos) + " emails/s");
        report.line(String.format(Locale.ROOT, "host calls per 1,000 contacts: %.0f during the run (enroll and execute "
                + "reads), %.0f in all with the host updates after each email and the sequence lists",
                duringRun * 1000.0 / rows, (settled - before) * 1000.0 / rows));
        report.figure(rows + " Tryton parties: enroll stage, records/s", rows / Math.max(0.001, enrollMillis / 1e3),
                "%.0f");
        report.figure(rows + " Tryton parties: emails/s", rows / (sendNanos / 1e9), "%.1f");
        report.figure(rows + " Tryton parties: host calls per 1,000 contacts in the run", duringRun * 1000.0 / rows,
                "%.0f");
        report.figure(rows + " Tryton parties: host calls per 1,000 contacts in all", (settled - before) * 1000.0 / rows,
                "%.0f");

        long rawBefore = hostCalls();
        long rawStarted = System.nanoTime();
        long read = 0;
        long cursor = 0;
        while (true) {
            JsonArray page = (JsonArray) rpc.call("model.party.party.search_read", Json.createArrayBuilder()
                    .add(Json.createReader(new java.io.StringReader("[[\"name\", \"ilike\", \"% Bench\"], [\"id\", \">\", "
                            + cursor + "]]")).readArray()).add(0).add(1000).add(Json.createReader(
                            new java.io.StringReader("[[\"id\", \"ASC\"]]")).readArray())
                    .add(Json.createArrayBuilder().add("name").add("contact_mechanisms.value"))
                    .add(JsonValue.EMPTY_JSON_OBJECT).build());
            if (page.isEmpty()) {
                break;
            }
            read += page.size();
            cursor = page.getJsonObject(page.size() - 1).getJsonNumber("id").longValue();
        }
        long rawNanos = System.nanoTime() - rawStarted;
        long rawCalls = hostCalls() - rawBefore;
        report.line(String.format(Locale.ROOT, "raw baseline: the same %d parties read straight over JSON-RPC in pages of"
                + " 1,000: %d calls (%.0f per 1,000 contacts), %s s = %s records/s", read, rawCalls,
                rawCalls * 1000.0 / rows, seconds(rawNanos), perSecond(read, rawNanos)));
        report.figure(rows + " Tryton parties: raw read, records/s", read / (rawNanos / 1e9), "%.0f");
    }

    /**
     * The peer side by side: Tryton's own marketing automation and the plugin through the Tryton adapter, each sending
     * one email to the same {@code rows} parties through the same SMTP sink, without tracking and with it (an open
     * pixel and one tracked link). Tryton's scenario is triggered and processed by its own crons, run once each.
     */
    void peerSideBySide(PayaraMicroServer server, GreenMail sink, long rows, Report report) throws Exception {
        String plain = "<p>Hi $contact.firstName</p>";
        String linked = "<p>Hi $contact.firstName</p><p><a href=\\\"https://offers.bench.example/x\\\">Our offer</a></p>";
        BenchmarkClient client = new BenchmarkClient(server.base());
        client.putJson("api/v1/admin/clock", "{\"now\":\"2027-01-04T07:00:00Z\"}");
        String untracked = sequence(client, "Peer, untracked", plain, "\"trackOpens\":false,\"trackClicks\":false,"
                + "\"unsubscribeLink\":false");
        Sent pluginPlain = pluginRun(server, sink, untracked, rows, "2027-01-04T08:00:00Z", report);
        // Paused, so that the next day's run is the tracked sequence's alone (the clock starts the runs of both).
        client.postJson("api/v1/sequences/" + untracked + "/pause", "{}");
        String tracked = sequence(client, "Peer, tracked", linked, "\"trackOpens\":true,\"trackClicks\":true");
        Sent pluginTracked = pluginRun(server, sink, tracked, rows, "2027-01-05T08:00:00Z", report);

        Sent trytonPlain = trytonRun(sink, "Peer, untracked", "<p>Hi ${record.name}</p>", rows);
        Sent trytonTracked = trytonRun(sink, "Peer, tracked", "<html><body><p>Hi ${record.name}</p><p><a "
                + "href=\"https://offers.bench.example/x\">Our offer</a></p></body></html>", rows);

        report.line("| " + rows + " parties, one email each | Tryton marketing automation | the plugin (Tryton adapter) |");
        report.line("|---|---|---|");
        report.line("| enrolled, records/s | " + perSecond(rows, trytonPlain.enrollNanos) + " | "
                + perSecond(rows, pluginPlain.enrollNanos) + " |");
        report.line("| emails/s without tracking | " + perSecond(rows, trytonPlain.sendNanos) + " | "
                + perSecond(rows, pluginPlain.sendNanos) + " |");
        report.line("| emails/s with tracking (open pixel, one tracked link) | " + perSecond(rows,
                trytonTracked.sendNanos) + " | " + perSecond(rows, pluginTracked.sendNanos) + " |");
        report.figure(rows + " parties: Tryton marketing automation enrolled, records/s", rows / (trytonPlain.enrollNanos
                / 1e9), "%.0f");
        report.figure(rows + " parties: plugin enroll stage, records/s", rows / (pluginPlain.enrollNanos / 1e9), "%.0f");
        report.figure(rows + " parties: Tryton emails/s untracked", rows / (trytonPlain.sendNanos / 1e9), "%.1f");
        report.figure(rows + " parties: plugin emails/s untracked", rows / (pluginPlain.sendNanos / 1e9), "%.1f");
        report.figure(rows + " parties: Tryton emails/s tracked", rows / (trytonTracked.sendNanos / 1e9), "%.1f");
        report.figure(rows + " parties: plugin emails/s tracked", rows / (pluginTracked.sendNanos / 1e9), "%.1f");
    }

    /** How long enrolling took, and sending: from the start of the run (or of Tryton's processing) to the last email. */
    private record Sent(long enrollNanos, long sendNanos) {
    }

    private Sent pluginRun(PayaraMicroServer server, GreenMail sink, String sequence, long rows, String at,
                           Report report) throws Exception {
        int before = sink.getReceivedMessages().length;
        long started = System.nanoTime();
        EngineScenarios.Run run = new EngineScenarios(server, report).run(sequence, at);
        check(run.count("enrolled") == rows, "every party enrolled: " + run.body);
        awaitEmails(sink, before + rows, started);
        return new Sent(run.stageMillis("enroll") * 1_000_000L, System.nanoTime() - started);
    }

    private Sent trytonRun(GreenMail sink, String name, String template, long rows) throws Exception {
        long scenario = rpc.create("marketing.automation.scenario", Json.createObjectBuilder().add("name", name)
                .add("model", "party.party").add("domain", "[[\"name\", \"ilike\", \"% Bench\"]]")
                .add("activities", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                        .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Hello")
                                .add("action", "send_email").add("email_title", "Hello ${record.name}")
                                .add("email_template", template))))).build());
        rpc.call("model.marketing.automation.scenario.run", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(scenario)).add(JsonValue.EMPTY_JSON_OBJECT).build());
        long started = System.nanoTime();
        runCronOnce("marketing.automation.scenario|trigger");
        long enrollNanos = System.nanoTime() - started;
        long records = ((jakarta.json.JsonNumber) rpc.call("model.marketing.automation.record.search_count",
                Json.createArrayBuilder().add(Json.createReader(new java.io.StringReader("[[\"scenario\", \"=\", "
                        + scenario + "]]")).readArray()).add(JsonValue.EMPTY_JSON_OBJECT).build())).longValue();
        check(records == rows, "Tryton's scenario took in every party: " + records);
        int before = sink.getReceivedMessages().length;
        long sending = System.nanoTime();
        runCronOnce("marketing.automation.record.activity|process");
        awaitEmails(sink, before + rows, sending);
        return new Sent(enrollNanos, System.nanoTime() - sending);
    }

    private void runCronOnce(String method) {
        long cron = rpc.searchRead("ir.cron", "[[\"method\", \"=\", \"" + method + "\"]]", "id").get(0)
                .getJsonNumber("id").longValue();
        rpc.call("model.ir.cron.run_once", Json.createArrayBuilder().add(Json.createArrayBuilder().add(cron))
                .add(JsonValue.EMPTY_JSON_OBJECT).build());
    }

    private static void awaitEmails(GreenMail sink, long count, long since) throws InterruptedException {
        while (sink.getReceivedMessages().length < count) {
            Thread.sleep(100);
            check(System.nanoTime() - since < TimeUnit.MINUTES.toNanos(30), "the emails went out");
        }
    }

    /** A classic sequence with one email step on day 1 over the saved search "Bench"; {@code email} adds settings. */
    private static String sequence(BenchmarkClient client, String name, String body, String email) throws Exception {
        String views = client.get("api/v1/views");
        Matcher view = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"name\"\\s*:\\s*\"Bench\"").matcher(views);
        check(view.find(), "the saved search is listed: " + views);
        return BenchmarkClient.member(client.postJson("api/v1/sequences", "{\"name\":\"" + name + "\","
                + "\"type\":\"CLASSIC\",\"status\":\"ACTIVE\",\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\""
                + view.group(1) + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":\"Europe/Berlin\","
                + "\"excludeWeekends\":true},\"steps\":[{\"type\":\"EMAIL\",\"day\":1,\"email\":{\"subject\":\"Hello "
                + "$contact.firstName\",\"body\":\"" + body + "\"" + (email == null ? "" : "," + email) + "}}]}"), "id");
    }

    void stopHost() throws IOException {
        Path pid = dir.resolve("trytond.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
        }
    }

    /** The requests trytond has answered on the database so far (its werkzeug request log). */
    private long hostCalls() throws IOException {
        try (var lines = Files.lines(dir.resolve("trytond.log"))) {
            return lines.filter(line -> line.contains("\"POST /" + DATABASE + "/ ")).count();
        }
    }

    /** Waits until trytond has had no request for longer than the plugin's sequence-list sync period (10 s). */
    private long awaitQuietHost() throws IOException, InterruptedException {
        long last = hostCalls();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(15)) {
            Thread.sleep(500);
            long now = hostCalls();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
        return last;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String perSecond(long records, long nanos) {
        return String.format(Locale.ROOT, "%.0f", records / Math.max(1e-9, nanos / 1e9));
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("check failed: " + what);
        }
    }
}
