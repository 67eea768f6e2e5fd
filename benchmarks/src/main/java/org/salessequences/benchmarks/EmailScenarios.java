package org.salessequences.benchmarks;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Email throughput: N emails of a sequence step sent through the engine (rendering, tracking, outbox, the default
 * mailbox's reused SMTP connections) to a local SMTP sink, beside the raw baseline: plain Jakarta Mail sending the same
 * number of messages of the same shape on one reused connection to the same sink, in the same run. Measured on two
 * days: day 1's run also enrolls the N contacts (measured on its own by the engine-run scenario), day 2's run only
 * sends; each phase starts on an idle server.
 */
final class EmailScenarios {

    private final PayaraMicroServer server;
    private final BenchmarkClient client;
    private final Report report;
    private final GreenMail sink;

    EmailScenarios(PayaraMicroServer server, Report report, GreenMail sink) {
        this.server = server;
        this.client = new BenchmarkClient(server.base());
        this.report = report;
        this.sink = sink;
    }

    void sendThroughTheEngine(long rows) throws Exception {
        client.postCsv("api/v1/host/contacts/import?tag=mail", () -> new GeneratedContacts(rows, 0));
        String view = BenchmarkClient.member(client.postJson("api/v1/host/views", "{\"name\":\"Email benchmark\","
                + "\"recordType\":\"CONTACT\",\"conditions\":[{\"field\":\"importName\",\"operator\":\"EQUALS\","
                + "\"value\":\"mail\"}],\"match\":\"ALL\"}"), "id");
        client.putJson("api/v1/admin/clock", "{\"now\":\"2027-01-04T07:00:00Z\"}");
        String sequence = BenchmarkClient.member(client.postJson("api/v1/sequences", "{\"name\":\"Email benchmark\","
                + "\"type\":\"CLASSIC\",\"status\":\"ACTIVE\",\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\""
                + view + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":\"UTC\"},\"steps\":["
                + "{\"type\":\"EMAIL\",\"day\":1,\"email\":{\"subject\":\"Hello $contact.firstName\",\"body\":\"" + BODY + "\"}},"
                + "{\"type\":\"EMAIL\",\"day\":2,\"email\":{\"subject\":\"Hello again $contact.firstName\",\"body\":\""
                + BODY + "\"}}]}"), "id");
        // GreenMail creates a mailbox on the first message to an address: created here for every recipient, so that
        // neither phase pays for it (otherwise only the engine, sending first, would).
        for (long i = 0; i < rows; i++) {
            sink.setUser(GeneratedContacts.email(i), GeneratedContacts.email(i));
        }
        server.awaitIdle(Duration.ofMinutes(5));
        report.line("loaded " + rows + " contacts, their sink mailboxes and a sequence with an email on day 1 and "
                + "one on day 2 (not measured)");

        report.phaseStarts();
        long firstDay = sendDay("2027-01-04", rows, "day 1: the run enrolls the " + rows + " contacts (and the "
                + "host is shown their sequence) and sends each its first email");
        report.phaseEnds("day 1");
        server.awaitIdle(Duration.ofMinutes(10));
        report.phaseStarts();
        long secondDay = sendDay("2027-01-05", rows, "day 2: the run sends each enrolled contact its second email");
        report.phaseEnds("day 2");
        // The server's own follow-up (host updates) is left to finish: the baseline has the machine to itself too.
        server.awaitIdle(Duration.ofMinutes(10));

        long baseline = baseline(rows);
        report.line("raw baseline: plain Jakarta Mail, " + rows + " messages of the same shape on one reused SMTP "
                + "connection to the same sink in " + seconds(baseline) + " s = " + rate(rows, baseline) + " emails/s");
        report.line(String.format(Locale.ROOT, "engine / baseline rate: day 1 %.2f, day 2 %.2f (the targets: "
                + "at least 0.5 and 0.9)", (double) baseline / firstDay, (double) baseline / secondDay));
        report.figure(rows + " emails: day 1 (with enrollment), emails/s", rows / (firstDay / 1e9), "%.0f");
        report.figure(rows + " emails: day 2, emails/s", rows / (secondDay / 1e9), "%.0f");
        report.figure(rows + " emails: raw Jakarta Mail baseline, emails/s", rows / (baseline / 1e9), "%.0f");
        report.figure(rows + " emails: day 1 / baseline", (double) baseline / firstDay, "%.2f");
        report.figure(rows + " emails: day 2 / baseline", (double) baseline / secondDay, "%.2f");
        BenchmarkClient.member(client.get("api/v1/sequences/" + sequence), "id");
    }

    /** Moves the clock to 09:00 of the day and measures until the sink holds one email per contact. */
    private long sendDay(String day, long rows, String what) throws Exception {
        sink.purgeEmailFromAllMailboxes();
        long started = System.nanoTime();
        Duration cpuBefore = server.cpuTime();
        try (PayaraMicroServer.HeapSampler heap = server.sampleHeap(Duration.ofMillis(250))) {
            client.putJson("api/v1/admin/clock", "{\"now\":\"" + day + "T09:00:00Z\"}");
            awaitDelivered(rows);
            long elapsed = System.nanoTime() - started;
            Duration cpu = server.cpuTime().minus(cpuBefore);
            report.line("engine, " + what + ": " + rows + " emails from the scheduled run to the sink (run, outbox, "
                    + "rendering, tracking, SMTP) in " + seconds(elapsed) + " s = " + rate(rows, elapsed) + " emails/s");
            report.line(String.format(Locale.ROOT, "  server CPU time meanwhile %.1f s (%.2f ms per email, of %.0f s that 2 cores "
                    + "had)", cpu.toMillis() / 1e3, (double) cpu.toMillis() / rows, 2 * elapsed / 1e9));
            report.heap("  server heap peak while sending", heap.peak().orElse(-1));
            check(sink.getReceivedMessages().length == rows, "exactly one email per contact");
            return elapsed;
        }
    }

    private static final String BODY = "<p>Hi $contact.firstName,</p><p>We help teams like yours in $contact.city. "
            + "See <a href='https://example.com/pricing'>our pricing</a> or <a href='https://example.com/demo'>book a "
            + "demo</a>.</p><p>Best</p>";

    /** The same number of messages, HTML with a text alternative as the engine sends, over one connection. */
    private long baseline(long rows) throws Exception {
        sink.purgeEmailFromAllMailboxes();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(sink.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        long started = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (long i = 0; i < rows; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("bench@localhost", "Benchmark"));
                InternetAddress to = new InternetAddress(GeneratedContacts.email(i));
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject("Hello First" + i, "UTF-8");
                MimeMultipart alternative = new MimeMultipart("alternative");
                MimeBodyPart text = new MimeBodyPart();
                text.setText("Hi First" + i + ", we help teams like yours. See our pricing or book a demo. Best", "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(BODY.replace("$contact.firstName", "First" + i).replace("$contact.city", "Berlin"),
                        "text/html; charset=UTF-8");
                alternative.addBodyPart(text);
                alternative.addBodyPart(html);
                message.setContent(alternative);
                message.saveChanges();
                transport.sendMessage(message, new InternetAddress[]{to});
            }
        }
        long elapsed = System.nanoTime() - started;
        awaitDelivered(rows);
        return elapsed;
    }

    /**
     * Waits until the sink holds the given number of messages. Counting walks every mailbox of the sink, which costs
     * CPU the server shares on this machine: once a second while most messages are still to come, then often.
     */
    private void awaitDelivered(long rows) throws InterruptedException {
        long received;
        while ((received = sink.getReceivedMessages().length) < rows) {
            Thread.sleep(received < rows * 95 / 100 ? 1000 : 20);
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

    private static String rate(long count, long nanos) {
        return String.format(Locale.ROOT, "%.0f", count / (nanos / 1e9));
    }
}
