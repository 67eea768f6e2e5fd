package org.salessequences.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenarios of the embedded host: a large CSV import (twice, to show the upsert) and streaming a saved view over a
 * large host through the host port.
 */
final class HostScenarios {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final PayaraMicroServer server;
    private final BenchmarkClient client;
    private final Report report;

    HostScenarios(PayaraMicroServer server, Report report) {
        this.server = server;
        this.client = new BenchmarkClient(server.base());
        this.report = report;
    }

    /** Imports {@code rows} generated rows (one bad in 10,000) twice; compares with a raw JDBC baseline. */
    void importTwice(long rows, BenchmarkDatabase database, Path baselineDir) throws Exception {
        long badEvery = 10_000;
        GeneratedContacts file = new GeneratedContacts(rows, badEvery);
        report.heap("server heap, idle before the import", server.usedHeapBytes());
        for (String pass : List.of("first import (creates)", "second import (same emails: updates)")) {
            Measured measured = measure(() -> client.postCsv("api/v1/host/contacts/import?tag=bench",
                    () -> new GeneratedContacts(rows, badEvery)));
            long imported = Long.parseLong(BenchmarkClient.member(measured.body, "imported"));
            int rejected = count(measured.body, "\"line\"");
            report.line(pass + ": " + imported + " rows imported, " + rejected + " rejected, in "
                    + seconds(measured.nanos) + " s = " + perSecond(imported, measured.nanos) + " rows/s");
            report.heap("  server heap peak during it", measured.peakHeap);
            report.figure(rows + " rows: " + pass + ", rows/s", imported / (measured.nanos / 1e9), "%.0f");
            check(imported == file.goodRows() && rejected == rows / badEvery, "every good row imported, every bad one reported");
        }
        long contacts = streamView(createView("All contacts", "[]"), 1000).records;
        report.line("contacts in the host after both imports: " + contacts + " (" + file.goodRows() + " distinct emails)");
        check(contacts == file.goodRows(), "no duplicates after the second import");
        double baseline = JdbcImportBaseline.run(database, baselineDir, rows);
        report.line("raw baseline, plain JDBC batch inserts of the same rows into a fresh " + database.name()
                + " database (same schema, no HTTP): " + String.format(Locale.ROOT, "%.0f", baseline) + " rows/s");
        report.figure(rows + " rows: raw JDBC baseline, rows/s", baseline, "%.0f");
    }

    /** Loads {@code rows} contacts, then pages a saved view over all of them through the host port. */
    void streamLargeView(long rows) throws Exception {
        Measured load = measure(() -> client.postCsv("api/v1/host/contacts/import?tag=bench",
                () -> new GeneratedContacts(rows, 0)));
        long imported = Long.parseLong(BenchmarkClient.member(load.body, "imported"));
        report.line("loaded " + imported + " contacts through the import in " + seconds(load.nanos) + " s = "
                + perSecond(imported, load.nanos) + " rows/s");
        report.heap("  server heap peak during the load", load.peakHeap);
        check(imported == rows, "all rows loaded");

        String viewId = createView("Scored", "[{\"field\":\"fields.score\",\"operator\":\"GREATER_THAN\",\"value\":-1},"
                + "{\"field\":\"city\",\"operator\":\"IS_NOT_EMPTY\"}]");
        report.heap("server heap, idle before streaming the view", server.usedHeapBytes());
        Streamed streamed;
        try (PayaraMicroServer.HeapSampler sampler = server.sampleHeap(SAMPLE_EVERY)) {
            streamed = streamView(viewId, 1000);
            report.line("streamed the saved view (fields.score GREATER_THAN -1 AND city IS_NOT_EMPTY: every contact) in "
                    + streamed.pages + " pages of 1000: " + streamed.records + " contacts in " + seconds(streamed.nanos)
                    + " s = " + perSecond(streamed.records, streamed.nanos) + " contacts/s");
            report.heap("  server heap peak while streaming", sampler.peak().orElse(-1));
            report.figure(rows + " contacts: view streamed, contacts/s", streamed.records / (streamed.nanos / 1e9),
                    "%.0f");
            report.figure(rows + " contacts: heap peak while streaming, MB", Report.mb(sampler.peak().orElse(-1)));
        }
        report.line("  server heap every 100 pages (MB): " + streamed.heapEvery100Pages);
        check(streamed.records == rows, "the view lists every contact once, in id order");
    }

    private String createView(String name, String conditions) {
        String body = client.postJson("api/v1/host/views", "{\"name\":\"" + name + "\",\"recordType\":\"CONTACT\","
                + "\"conditions\":" + conditions + ",\"match\":\"ALL\"}");
        return BenchmarkClient.member(body, "id");
    }

    /** Pages a view to its end, checking that ids only ever increase (so none comes twice). */
    private Streamed streamView(String viewId, int size) {
        Streamed streamed = new Streamed();
        long started = System.nanoTime();
        String cursor = null;
        String lastId = "";
        do {
            String page = client.get("api/v1/host/views/" + viewId + "/contacts?size=" + size
                    + (cursor == null ? "" : "&cursor=" + cursor));
            Matcher ids = ID.matcher(page);
            while (ids.find()) {
                check(ids.group(1).compareTo(lastId) > 0, "ids increase across pages");
                lastId = ids.group(1);
                streamed.records++;
            }
            cursor = BenchmarkClient.member(page, "nextCursor");
            streamed.pages++;
            if (streamed.pages % 100 == 0) {
                streamed.heapEvery100Pages.add(server.usedHeapBytes() / (1024 * 1024));
            }
        } while (cursor != null);
        streamed.nanos = System.nanoTime() - started;
        return streamed;
    }

    private Measured measure(ThrowingSupplier call) throws Exception {
        Measured measured = new Measured();
        try (PayaraMicroServer.HeapSampler sampler = server.sampleHeap(SAMPLE_EVERY)) {
            long started = System.nanoTime();
            measured.body = call.get();
            measured.nanos = System.nanoTime() - started;
            measured.peakHeap = sampler.peak().orElse(-1);
        }
        return measured;
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String perSecond(long count, long nanos) {
        return String.format(Locale.ROOT, "%.0f", count / (nanos / 1e9));
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        String get() throws Exception;
    }

    private static final class Measured {
        String body;
        long nanos;
        long peakHeap;
    }

    private static final class Streamed {
        long records;
        long pages;
        long nanos;
        final List<Long> heapEvery100Pages = new ArrayList<>();
    }
}
