package org.salessequences.infrastructure.mail.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The Sisimai corpus copied into the test resources ({@code bounce-corpus/}, BSD-2, see its SOURCES.md): each
 * sample with what it is by the corpus authors' own expectations ({@code sisimai-expected/}) and, for delay
 * notices (every recipient {@code Action: delayed}), by its report.
 */
public final class BounceCorpus {

    /** What a sample is. */
    public enum Kind { BOUNCE, DELAY, COMPLAINT, AUTO_REPLY, SUCCESS, NOT_BOUNCE }

    /** One sample; {@code hard} is the authors' hard-bounce label (bounces only). */
    public record Sample(String name, Kind kind, boolean hard, String status, String reason, boolean mangled,
                         byte[] raw) {

        public MimeMessage message() {
            try (InputStream in = new java.io.ByteArrayInputStream(raw)) {
                return new MimeMessage(SESSION, in);
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException(name, e);
            }
        }

        public String text() {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return name + " (" + kind + (kind == Kind.BOUNCE ? (hard ? ", hard " : ", soft ") + reason : "") + ")";
        }
    }

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*\"?([^\";\\r\\n]+)\"?");
    /**
     * A warning written for people that the server is still trying (Sisimai labels the eventual reason, e.g.
     * {@code expired}, but the email may still arrive).
     */
    private static final Pattern DELAY_NOTICE = Pattern.compile(
            "\nsubject: [^\n]*(\\(delay\\)|delayed \\d+ hours|: warning)|warning message only|has not yet been delivered"
                    + "|only a temporary failure report");
    /** Samples the authors give no expectation for, as read: their kind. */
    private static final Map<String, Kind> UNLABELLED = Map.of("rfc3834-06.eml", Kind.AUTO_REPLY);

    private BounceCorpus() {
    }

    public static Path root() {
        URL url = BounceCorpus.class.getResource("/bounce-corpus/SOURCES.md");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Sample> samples() {
        Map<String, List<String[]>> expected = expectations();
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(root().resolve("sisimai")),
                Files.list(root().resolve("sisimai-not")))) {
            for (Path file : files.sorted().toList()) {
                byte[] raw = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                String text = new String(raw, StandardCharsets.ISO_8859_1);
                List<String[]> rows = expected.getOrDefault(name, List.of());
                Kind kind = file.getParent().getFileName().toString().equals("sisimai-not") ? Kind.NOT_BOUNCE
                        : kind(name, text, rows);
                if (kind == null) {
                    continue;
                }
                String[] first = rows.isEmpty() ? new String[6] : rows.get(0);
                samples.add(new Sample(name, kind, "true".equals(first[5]), first[2], first[4], mangled(text), raw));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private static Kind kind(String name, String text, List<String[]> rows) {
        if (rows.isEmpty()) {
            return UNLABELLED.get(name);
        }
        List<String> reasons = rows.stream().map(row -> row[4]).toList();
        if (reasons.contains("feedback")) {
            return Kind.COMPLAINT;
        }
        if (reasons.contains("vacation")) {
            return Kind.AUTO_REPLY;
        }
        if (reasons.stream().allMatch("delivered"::equals)) {
            return Kind.SUCCESS;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\naction: *delayed.*") && !lower.matches("(?s).*\\naction: *(failed|expired).*")
                || DELAY_NOTICE.matcher(lower).find()) {
            return Kind.DELAY;
        }
        return Kind.BOUNCE;
    }

    /** A multipart whose boundary line never comes (edited when the sample was anonymised): no parser splits it. */
    private static boolean mangled(String text) {
        int headerEnd = text.indexOf("\n\n");
        String headers = headerEnd < 0 ? text : text.substring(0, headerEnd).replaceAll("\\r?\\n[ \\t]+", " ");
        if (!headers.toLowerCase(Locale.ROOT).contains("content-type: multipart")) {
            return false;
        }
        Matcher boundary = BOUNDARY.matcher(headers);
        return boundary.find() && !text.contains("--" + boundary.group(1).strip());
    }

    private static Map<String, List<String[]>> expectations() {
        Map<String, List<String[]>> rows = new HashMap<>();
        java.util.Set<String> fromGo = new java.util.HashSet<>();
        for (String table : new String[] {"go-sisimai-fact-tests.tsv", "p5-sisimai-t-tests.tsv"}) {
            try {
                for (String line : Files.readAllLines(root().resolve("sisimai-expected").resolve(table))) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), 8);
                    // go-sisimai first; p5-sisimai only where go-sisimai lacks the sample.
                    if (table.startsWith("go")) {
                        fromGo.add(cells[0]);
                    }
                    if (table.startsWith("go") || !fromGo.contains(cells[0])) {
                        rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
