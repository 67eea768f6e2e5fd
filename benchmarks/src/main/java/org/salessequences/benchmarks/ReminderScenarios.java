package org.salessequences.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The activities dashboard at scale: N reminders for one rep (a follow-up step run for N contacts), then the
 * dashboard's queries, each timed over repeated calls at the HTTP boundary, with the median and the 95th percentile.
 */
final class ReminderScenarios {

    private static final int REPEATS = 40;

    private final PayaraMicroServer server;
    private final BenchmarkClient client;
    private final Report report;

    ReminderScenarios(PayaraMicroServer server, Report report) {
        this.server = server;
        this.client = new BenchmarkClient(server.base());
        this.report = report;
    }

    void queryDashboard(long rows) throws Exception {
        client.postCsv("api/v1/host/contacts/import?tag=dash", () -> new GeneratedContacts(rows, 0));
        String view = BenchmarkClient.member(client.postJson("api/v1/host/views", "{\"name\":\"Dashboard benchmark\","
                + "\"recordType\":\"CONTACT\",\"conditions\":[{\"field\":\"importName\",\"operator\":\"EQUALS\","
                + "\"value\":\"dash\"}],\"match\":\"ALL\"}"), "id");
        client.putJson("api/v1/admin/clock", "{\"now\":\"2027-01-04T07:00:00Z\"}");
        String sequence = BenchmarkClient.member(client.postJson("api/v1/sequences", "{\"name\":\"Dashboard\","
                + "\"type\":\"CLASSIC\",\"status\":\"ACTIVE\",\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\""
                + view + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":\"UTC\"},\"steps\":["
                + "{\"type\":\"FOLLOW_UP\",\"day\":1,\"task\":{\"title\":\"Follow up with $contact.firstName\"}}]}"), "id");
        long started = System.nanoTime();
        client.putJson("api/v1/admin/clock", "{\"now\":\"2027-01-04T09:00:00Z\"}");
        // Totals stop at 10,000, so the last reminder's page tells when all of them are there.
        String last = "api/v1/reminders?size=1&page=" + (rows - 1);
        do {
            Thread.sleep(1000);
        } while (!client.get(last).contains("\"id\""));
        report.line(rows + " reminders created by one run and its outbox in "
                + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9) + " s (not the measure)");
        String someContact = BenchmarkClient.member(client.get("api/v1/reminders?size=1&page=5000"), "contactId");
        // The rep's dashboard (an admin asking for the rep's reminders is the same query as the rep's own), then
        // two of everyone's, as an admin sees them without owner.
        String rep = "owner=bench-admin&";
        List<String> queries = new ArrayList<>(List.of(rep, rep + "type=FOLLOW_UP&status=OPEN", rep + "status=OPEN",
                rep + "type=FOLLOW_UP", rep + "sequenceId=" + sequence, rep + "contactId=" + someContact,
                rep + "dueFrom=2027-01-04T00:00:00Z&dueTo=2027-01-05T00:00:00Z", rep + "q=first4242",
                rep + "q=follow%20first4242", rep + "q=f", rep + "q=follow", rep + "q=f&page=19&size=50",
                rep + "type=FOLLOW_UP&status=OPEN&q=fol",
                rep + "type=FOLLOW_UP&status=OPEN&sequenceId=" + sequence + "&q=first99", rep + "page=1999&size=50",
                "", "q=f"));
        // The same deep page as the dashboard reads it: after the cursor of the page before it (keyset).
        String cursor = BenchmarkClient.member(client.get("api/v1/reminders?" + rep + "page=1998&size=50"),
                "nextCursor");
        queries.add(rep + "size=50&after=" + cursor);
        List<Long> firsts = new ArrayList<>();
        for (String query : queries) {
            List<Long> micros = new ArrayList<>();
            String answer = null;
            for (int i = 0; i < REPEATS; i++) {
                long at = System.nanoTime();
                answer = client.get("api/v1/reminders?" + query);
                micros.add((System.nanoTime() - at) / 1000);
            }
            long first = micros.get(0);
            firsts.add(first);
            Collections.sort(micros);
            // H2 hands back the previous result of a query repeated on unchanged tables: the first call is the one
            // that reads the indexes.
            report.line(String.format(Locale.ROOT,
                    "GET /api/v1/reminders?%-75s first %6.1f ms, median %6.1f ms, p95 %6.1f ms, total %s%s", query,
                    first / 1000.0, micros.get(REPEATS / 2) / 1000.0, micros.get(REPEATS * 95 / 100) / 1000.0,
                    BenchmarkClient.member(answer, "total"),
                    "false".equals(BenchmarkClient.member(answer, "totalExact")) ? "+" : ""));
        }
        report.heap("server heap after the queries", server.usedHeapBytes());
        Collections.sort(firsts);
        report.figure(rows + " reminders: first calls, p95 ms", firsts.get((firsts.size() * 95 + 99) / 100 - 1) / 1000.0,
                "%.1f");
        report.figure(rows + " reminders: first calls, max ms", firsts.get(firsts.size() - 1) / 1000.0, "%.1f");
    }
}
