package org.salessequences.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Mailbox limits under load: N emails of one day-1 step across M reps' mailboxes, each limited to {@code perHour}
 * emails an hour and {@code minSecondsBetween} seconds apart, sent through the default mailbox to the SMTP sink. Every
 * limit is checked where it matters, at the sink: per mailbox, the time between two emails arriving and the emails
 * arriving in any 60 minutes of the plugin's clock; and nothing is lost or sent twice. The spacing runs in real time;
 * the hours are passed with the adjustable clock, moved on by one hour whenever every mailbox has sent its hour's
 * emails and waits (so no email is under way while it moves), which keeps the run to minutes.
 */
final class MailboxLimitScenarios {

    /** How much later than the limits allow the clock is moved to the next hour (see {@link #sendPaced}). */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(1);

    private final PayaraMicroServer server;
    private final BenchmarkClient admin;
    private final Report report;
    private final GreenMail sink;

    MailboxLimitScenarios(PayaraMicroServer server, Report report, GreenMail sink) {
        this.server = server;
        this.admin = new BenchmarkClient(server.base());
        this.report = report;
        this.sink = sink;
    }

    void sendPaced(long rows, int mailboxes, int perHour, int minSecondsBetween) throws Exception {
        StringBuilder csv = new StringBuilder("email,firstName,ownerId\n");
        for (long i = 0; i < rows; i++) {
            csv.append(GeneratedContacts.email(i)).append(",First").append(i).append(",rep-").append(i % mailboxes)
                    .append('\n');
            sink.setUser(GeneratedContacts.email(i), GeneratedContacts.email(i));
        }
        admin.postCsv("api/v1/host/contacts/import?tag=paced",
                () -> new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        String view = BenchmarkClient.member(admin.postJson("api/v1/host/views", "{\"name\":\"Paced\","
                + "\"recordType\":\"CONTACT\",\"conditions\":[{\"field\":\"importName\",\"operator\":\"EQUALS\","
                + "\"value\":\"paced\"}],\"match\":\"ALL\"}"), "id");
        Instant appStart = Instant.parse("2027-02-01T08:59:00Z");
        admin.putJson("api/v1/admin/clock", "{\"now\":\"" + appStart + "\"}");
        for (int m = 0; m < mailboxes; m++) {
            BenchmarkClient rep = new BenchmarkClient(server.base(), "rep-" + m,
                    List.of("sequences.view", "sequences.create"));
            rep.putJson("api/v1/me/mailbox", "{\"fromName\":\"Rep " + m + "\",\"fromAddress\":\"rep-" + m
                    + "@bench.example\",\"limits\":{\"perHour\":" + perHour + ",\"minSecondsBetween\":"
                    + minSecondsBetween + "}}");
            rep.postJson("api/v1/sequences", "{\"name\":\"Paced " + m + "\",\"type\":\"CLASSIC\",\"status\":\"ACTIVE\","
                    + "\"audience\":{\"recordType\":\"CONTACT\",\"savedViewIds\":[\"" + view + "\"]},"
                    + "\"schedule\":{\"time\":\"09:00\",\"timezone\":\"UTC\"},\"steps\":[{\"type\":\"EMAIL\",\"day\":1,"
                    + "\"email\":{\"subject\":\"Hello $contact.firstName\",\"body\":\"<p>Hi $contact.firstName</p>\"}}]}");
        }
        server.awaitIdle(Duration.ofMinutes(5));
        report.line("loaded " + rows + " contacts owned by " + mailboxes + " reps, each rep's mailbox limited to "
                + perHour + " an hour and " + minSecondsBetween + " s apart, and each rep's sequence of one email "
                + "(not measured)");

        // The clock's offset from real time, from each moment it was set: app time = real time + offset.
        List<Instant[]> offsets = new ArrayList<>();
        Instant appHour = Instant.parse("2027-02-01T09:00:00Z");
        long started = System.nanoTime();
        setClock(offsets, appHour);
        long perHourAll = (long) perHour * mailboxes;
        long hours = 0;
        long busyNanos = 0;
        long phaseStart = System.nanoTime();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
        while (sink.getReceivedMessages().length < rows) {
            long expected = Math.min(rows, perHourAll * (hours + 1));
            while (sink.getReceivedMessages().length < expected) {
                check(Instant.now().isBefore(deadline), "the emails arrive within an hour");
                Thread.sleep(200);
            }
            busyNanos += System.nanoTime() - phaseStart;
            report.line("  hour " + (hours + 1) + " of the plugin's clock: " + expected + " emails at the sink, this hour's "
                    + (expected - perHourAll * hours) + " in " + seconds(System.nanoTime() - phaseStart) + " s");
            if (expected >= rows) {
                break;
            }
            // Every mailbox sent its hour's emails. The spacing is measured in real time across the move too: the next
            // hour begins no sooner than the spacing after the last email (and a moment for one still under way).
            Thread.sleep(minSecondsBetween * 1000L + 500);
            MimeMessage[] arrived = sink.getReceivedMessages();
            check(arrived.length == expected, "no mailbox sends more than " + perHour
                    + " in the hour (" + arrived.length + " arrived, " + expected + " allowed)");
            hours++;
            Instant hourBegan = appHour;
            // The clock moves to an hour after the latest of the mailboxes' first emails of this hour: no mailbox may
            // send earlier, and from then on each may (moving it to the full hour instead would have every hour wait
            // again for however late a mailbox began the first one). A second more, because an arrival is mapped to
            // the plugin's clock only to within half a clock request (a 10,000-email run under load counted an email
            // that went exactly at the hour 8.5 ms inside it).
            appHour = later(appHour.plus(Duration.ofHours(1)),
                    latestFirstArrival(arrived, hourBegan, mailboxes, offsets).plus(Duration.ofHours(1))
                            .plus(CLOCK_MARGIN));
            setClock(offsets, appHour);
            phaseStart = System.nanoTime();
        }
        long elapsed = System.nanoTime() - started;
        Thread.sleep(3000);
        MimeMessage[] received = sink.getReceivedMessages();
        check(received.length == rows, "exactly " + rows + " emails arrived, not " + received.length);

        Map<String, List<Instant>> byMailbox = new HashMap<>();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : received) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            check(recipients.add(to), "one email to " + to);
            long index = Long.parseLong(to.substring(1, to.indexOf('@')));
            byMailbox.computeIfAbsent("rep-" + (index % mailboxes), k -> new ArrayList<>()).add(receivedAt(message));
        }
        Duration minGap = null;
        String closest = "";
        int maxInHour = 0;
        String fullest = "";
        for (Map.Entry<String, List<Instant>> mailbox : byMailbox.entrySet()) {
            List<Instant> real = mailbox.getValue();
            real.sort(null);
            List<Instant> app = real.stream().map(at -> appTime(offsets, at)).sorted().toList();
            for (int i = 1; i < real.size(); i++) {
                Duration gap = Duration.between(real.get(i - 1), real.get(i));
                if (minGap == null || gap.compareTo(minGap) < 0) {
                    minGap = gap;
                    closest = mailbox.getKey() + " at " + real.get(i - 1) + " and " + real.get(i);
                }
            }
            for (int i = 0, j = 0; i < app.size(); i++) {
                while (!app.get(j).isAfter(app.get(i).minus(Duration.ofHours(1)))) {
                    j++;
                }
                if (i - j + 1 > maxInHour) {
                    maxInHour = i - j + 1;
                    fullest = mailbox.getKey() + " from " + app.get(j) + " to " + app.get(i);
                }
            }
        }
        report.line("engine: " + rows + " emails from " + mailboxes + " mailboxes through the sink in "
                + seconds(elapsed) + " s (" + (hours + 1) + " hours of the plugin's clock)");
        report.line("  per mailbox, at the sink: the closest two emails " + minGap.toMillis() + " ms apart (limit "
                + minSecondsBetween * 1000 + " ms; " + closest + "), at most " + maxInHour + " in any 60 minutes of the "
                + "plugin's clock (limit " + perHour + "; " + fullest + ")");
        double limitRate = (double) mailboxes / Math.max(1, minSecondsBetween);
        report.line(String.format(Locale.ROOT, "  throughput while sending: %.1f emails/s; the spacing allows at most "
                + "%.1f emails/s across the mailboxes (%.0f %%)", rows / (busyNanos / 1e9), limitRate,
                100 * rows / (busyNanos / 1e9) / limitRate));
        check(minGap.compareTo(Duration.ofSeconds(minSecondsBetween)) >= 0, "the spacing held at the sink");
        check(maxInHour <= perHour, "the hourly limit held at the sink");
    }

    /**
     * Sets the plugin's clock and notes from when the new offset holds: the real time halfway through the request, so
     * that an arrival is mapped to the plugin's time within half the request's duration (a few milliseconds).
     */
    private void setClock(List<Instant[]> offsets, Instant appTime) {
        Instant before = Instant.now();
        admin.putJson("api/v1/admin/clock", "{\"now\":\"" + appTime + "\"}");
        Instant after = Instant.now();
        offsets.add(new Instant[]{before.plus(Duration.between(before, after).dividedBy(2)), appTime});
    }

    /** The plugin's time of the latest of the mailboxes' first emails that arrived since {@code since}. */
    private static Instant latestFirstArrival(MimeMessage[] arrived, Instant since, int mailboxes,
                                              List<Instant[]> offsets) throws MessagingException {
        Map<Long, Instant> first = new HashMap<>();
        for (MimeMessage message : arrived) {
            Instant at = appTime(offsets, receivedAt(message));
            if (at.isBefore(since)) {
                continue;
            }
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            first.merge(Long.parseLong(to.substring(1, to.indexOf('@'))) % mailboxes, at,
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        return first.values().stream().max(Instant::compareTo).orElseThrow();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** When the sink had the message: the time GreenMail stamped it with on arrival. */
    private static Instant receivedAt(MimeMessage message) throws MessagingException {
        return message.getReceivedDate().toInstant();
    }

    /** The plugin's time at a real instant, from the clock settings made before it. */
    private static Instant appTime(List<Instant[]> offsets, Instant real) {
        Instant[] setting = offsets.get(0);
        for (Instant[] candidate : offsets) {
            if (!candidate[0].isAfter(real)) {
                setting = candidate;
            }
        }
        return setting[1].plus(Duration.between(setting[0], real));
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
