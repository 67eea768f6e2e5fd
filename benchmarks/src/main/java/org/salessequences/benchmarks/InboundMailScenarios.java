package org.salessequences.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;


import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.infrastructure.mail.inbound.ImapInboxReader;
import org.salessequences.infrastructure.mail.inbound.InboundMailClassifier;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore.Position;

/**
 * Inbound mail without a server ({@code -Dscenario=inbound-mail}): how many messages a core classifies per second over
 * the bounce corpus, beside merely parsing them (the raw baseline); then one GreenMail inbox with {@code rows} new
 * messages (corpus samples and contacts' replies) read the way the poller reads it (a batch of whole messages per
 * command, 500 a poll, each fetched once and classified) with its time and peak heap, beside Jakarta Mail fetching
 * every message whole in one command and reading it.
 */
final class InboundMailScenarios {

    private static final Session SESSION = Session.getInstance(new Properties());
    /** One message in this many of the flooded inbox is a contact's reply, the rest corpus reports and auto-replies. */
    private static final int REPLY_EVERY = 3;
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    /** GreenMail warns of every delivery-status part it stores; held so the level stays set. */
    private static final java.util.logging.Logger GREENMAIL_LOG = java.util.logging.Logger.getLogger("com.icegreen");
    private final Report report;

    InboundMailScenarios(Report report) {
        this.report = report;
    }

    void run(long rows, Path corpus) throws Exception {
        GREENMAIL_LOG.setLevel(java.util.logging.Level.SEVERE);
        List<byte[]> samples = samples(corpus);
        classifyThroughput(samples);
        List<byte[]> servable = samples.stream().filter(InboundMailScenarios::boundariesPresent).toList();
        report.line((samples.size() - servable.size()) + " corpus samples whose multipart boundary never comes (edited "
                + "when anonymised) left out of the inbox: GreenMail fails to serve their parts");
        pollInbox(rows, servable);
    }

    private static List<byte[]> samples(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().map(file -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private void classifyThroughput(List<byte[]> samples) throws Exception {
        for (int warm = 0; warm < 3; warm++) {
            for (byte[] sample : samples) {
                InboundMailClassifier.classify(parse(sample));
            }
        }
        long seconds = Long.getLong("seconds", 10);
        long classified = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            for (byte[] sample : samples) {
                InboundMailClassifier.classify(parse(sample));
                classified++;
            }
        }
        double classifyRate = classified / ((System.nanoTime() - start) / 1e9);
        long parsed = 0;
        start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            for (byte[] sample : samples) {
                // The raw baseline: what reading the message costs anyway (headers and every byte of the body).
                MimeMessage message = parse(sample);
                message.getAllHeaderLines();
                message.getRawInputStream().readAllBytes();
                parsed++;
            }
        }
        double parseRate = parsed / ((System.nanoTime() - start) / 1e9);
        report.line(String.format(java.util.Locale.ROOT, "classification over the corpus (%d samples), one thread: "
                + "%.0f messages/s per core; raw baseline (parse and read each message): %.0f messages/s",
                samples.size(), classifyRate, parseRate));
    }

    private void pollInbox(long rows, List<byte[]> samples) throws Exception {
        String servers = System.getProperty("imap", "greenmail");
        for (String name : "both".equals(servers) ? List.of("greenmail", "dovecot") : List.of(servers)) {
            try (BenchmarkInbox inbox = "dovecot".equals(name)
                    ? BenchmarkInbox.dovecot(Path.of(System.getProperty("dovecot.start")),
                            Path.of(System.getProperty("benchmark.work", "target/benchmark"), "dovecot"),
                            Integer.getInteger("dovecot.port", 48993))
                    : BenchmarkInbox.greenMail(Integer.getInteger("imapPort", 48243))) {
                fill(inbox, rows, samples);
                pollInbox(inbox, rows);
            } catch (jakarta.mail.MessagingException e) {
                // GreenMail's FETCH walks its whole folder once per message of it: at 10,000 messages one command
                // outlasts the reader's 30 s timeout. Said, and the next server still measured.
                report.line(name + ": the poll failed: " + e);
            }
        }
    }

    private void fill(BenchmarkInbox inbox, long rows, List<byte[]> samples) throws Exception {
        // Filling the inbox is set-up, not measured: Jakarta Mail would look its stream provider up on the class
        // path for every body part GreenMail stores (minutes for 10,000 messages), so it is named for the while.
        System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        long filling = System.nanoTime();
        for (long i = 0; i < rows; i++) {
            inbox.deliver(i % REPLY_EVERY == REPLY_EVERY - 1 ? reply(i)
                    : parse(samples.get((int) (i % samples.size()))));
        }
        System.clearProperty(STREAM_PROVIDER);
        report.line(String.format(java.util.Locale.ROOT, "%s: inbox filled in %.1f s", inbox.name(),
                (System.nanoTime() - filling) / 1e9));
        report.line(inbox.name() + ": " + rows + " messages in the inbox (corpus samples in turn, one in "
                + REPLY_EVERY + " a contact's reply)");
    }

    private void pollInbox(BenchmarkInbox inbox, long rows) throws Exception {
        int port = inbox.port();
        String on = inbox.name() + ": ";
        MailServer server = new MailServer("127.0.0.1", port, BenchmarkInbox.USER, BenchmarkInbox.PASSWORD, false);
        MailHostPolicy hosts = MailHostPolicy.of(List.of("127.0.0.1"));

        // Start from before the first message, as after a rep's mailbox has been read up to date and then floods.
        Position position = new Position(uidValidity(port), 0L);
        AtomicLong read = new AtomicLong();
        AtomicLong classifying = new AtomicLong();
        resetPeaks();
        long start = System.nanoTime();
        int polls = 0;
        while (read.get() < rows) {
            Position next = ImapInboxReader.read(server, hosts, position, message -> {
                // As the poller does: the reader hands over each message read once, whole; it is classified.
                long classified = System.nanoTime();
                InboundMailClassifier.classify(message);
                classifying.addAndGet(System.nanoTime() - classified);
                read.incrementAndGet();
            });
            polls++;
            if (next.lastUid().equals(position.lastUid())) {
                break;
            }
            position = next;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line(String.format(java.util.Locale.ROOT, on + "poller: %d messages read and classified in %d polls, "
                + "%.1f s (%.0f messages/s), of which classifying %.1f s", read.get(), polls, seconds,
                read.get() / seconds, classifying.get() / 1e9));
        report.line(on + "poller: peak heap of this JVM " + Report.mb(peakHeap()) + " MB");

        resetPeaks();
        start = System.nanoTime();
        long baseline = rawRead(port);
        seconds = (System.nanoTime() - start) / 1e9;
        report.line(String.format(java.util.Locale.ROOT, on + "raw baseline (Jakarta Mail: every message whole in one "
                + "fetch, every message read): %d messages in %.1f s (%.0f messages/s)", baseline, seconds,
                baseline / seconds));
        report.line(on + "raw baseline: peak heap of this JVM " + Report.mb(peakHeap()) + " MB");
    }

    private static long uidValidity(int port) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", port, BenchmarkInbox.USER, BenchmarkInbox.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            long validity = ((jakarta.mail.UIDFolder) inbox).getUIDValidity();
            inbox.close(false);
            return validity;
        } finally {
            store.close();
        }
    }

    private static long rawRead(int port) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", port, BenchmarkInbox.USER, BenchmarkInbox.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            // The fewest commands there can be: every message whole in one FETCH, and nothing bounding memory.
            FetchProfile profile = new FetchProfile();
            profile.add(org.eclipse.angus.mail.imap.IMAPFolder.FetchProfileItem.MESSAGE);
            inbox.fetch(messages, profile);
            long read = 0;
            for (Message message : messages) {
                ((MimeMessage) message).getRawInputStream().readAllBytes();
                read++;
            }
            inbox.close(false);
            return read;
        } finally {
            store.close();
        }
    }

    /** A contact's plain reply to one of the rep's emails, quoting it, as a mail client writes one. */
    private static MimeMessage reply(long i) throws Exception {
        MimeMessage reply = new MimeMessage(SESSION);
        reply.setFrom("Contact " + i + " <contact-" + i + "@customer.example>");
        reply.setRecipients(Message.RecipientType.TO, "bench@reps.example");
        reply.setSubject("Re: Following up on our call");
        reply.setHeader("In-Reply-To", "<send-" + i + "@reps.example>");
        reply.setHeader("References", "<send-" + i + "@reps.example>");
        reply.setText("Thanks, Tuesday at 10 works for me.\n\nOn Monday, the rep wrote:\n> Would a short call suit you?\n");
        reply.setSentDate(new java.util.Date());
        reply.saveChanges();
        return reply;
    }

    /** Whether every multipart of the sample has its boundary lines (a few were edited when anonymised). */
    private static boolean boundariesPresent(byte[] raw) {
        try {
            return boundariesPresent(parse(raw), new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean boundariesPresent(jakarta.mail.Part part, String text) throws Exception {
        if (!part.isMimeType("multipart/*")) {
            return true;
        }
        String boundary = new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("boundary");
        if (boundary == null || !text.contains("--" + boundary)) {
            return false;
        }
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (!boundariesPresent(multipart.getBodyPart(i), text)) {
                return false;
            }
        }
        return true;
    }

    private static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
