package org.salessequences.infrastructure.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salessequences.domain.model.inbound.Addresses;
import org.salessequences.domain.model.inbound.BounceClass;
import org.salessequences.infrastructure.mail.inbound.BounceCorpus.Kind;
import org.salessequences.infrastructure.mail.inbound.BounceCorpus.Sample;

/**
 * Every sample of the Sisimai corpus through the classifier: a bounce is recognised with the bounced email's
 * Message-ID and the failed recipient, never as a reply; a complaint is a complaint; an auto-reply is neither a
 * reply nor a bounce; a delay or success notice is no bounce. The summary asserts the acceptance over all.
 */
class BounceCorpusTest {

    /** A Message-ID field in a report's body: then the report says which email bounced. */
    private static final java.util.regex.Pattern QUOTED_ID = java.util.regex.Pattern.compile(
            "(?im)^[\\s>|]*Message-ID:\\s*<");
    private static final List<Sample> SAMPLES = BounceCorpus.samples();

    static Stream<Sample> samples() {
        return SAMPLES.stream();
    }

    /**
     * What must hold for every sample: a bounce or a notice is never a reply, a complaint is a complaint (or the
     * unsubscribe a mail client sends for one), an auto-reply is an auto-reply, a success notice is no bounce. Which
     * bounces are recognised with their Message-ID and recipient is measured over the corpus below (the acceptance
     * allows 5% misses), as is how many delay notices pass for bounces.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleIsWhatItsAuthorsSay(Sample sample) throws MessagingException {
        InboundMail mail = InboundMailClassifier.classify(sample.message());
        assertFalse(mail instanceof InboundMail.Reply, () -> sample + " taken as a reply");
        switch (sample.kind()) {
            case BOUNCE, DELAY -> assertFalse(mail instanceof InboundMail.AutoReply, () -> sample + " -> " + mail);
            case COMPLAINT -> assertTrue(mail instanceof InboundMail.Complaint || mail instanceof InboundMail.Unsubscribe,
                    () -> sample + " -> " + mail);
            case AUTO_REPLY -> assertInstanceOf(InboundMail.AutoReply.class, mail, () -> sample + " -> " + mail);
            case SUCCESS -> assertFalse(mail instanceof InboundMail.Bounce, () -> sample + " -> " + mail);
            // sisimai-not: one of its three (rb-issue-368-bug) is a mailbox's "email bounce notification", read here
            // as the bounce it is; none may be a reply.
            case NOT_BOUNCE -> assertFalse(mail instanceof InboundMail.AutoReply, () -> sample + " -> " + mail);
        }
    }

    @Test
    void acceptanceOverTheWholeCorpus() throws MessagingException {
        int bounces = 0;
        int recognised = 0;
        int classed = 0;
        int bouncesAsReplies = 0;
        int delays = 0;
        int delaysAsBounces = 0;
        int autoReplies = 0;
        int autoRepliesWrong = 0;
        List<String> misses = new ArrayList<>();
        List<String> misclassed = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            if (sample.mangled()) {
                continue;
            }
            InboundMail mail = InboundMailClassifier.classify(sample.message());
            switch (sample.kind()) {
                case BOUNCE -> {
                    bounces++;
                    bouncesAsReplies += mail instanceof InboundMail.Reply ? 1 : 0;
                    List<String> problems = bounceProblems(sample, mail);
                    if (problems.isEmpty()) {
                        recognised++;
                    } else {
                        misses.add(sample + " " + problems + " -> " + mail);
                    }
                    if (mail instanceof InboundMail.Bounce bounce) {
                        if ((bounce.bounceClass() == BounceClass.HARD) == sample.hard()) {
                            classed++;
                        } else {
                            misclassed.add(sample + " -> " + bounce.bounceClass() + " " + bounce.status() + " "
                                    + bounce.diagnostic());
                        }
                    }
                }
                case DELAY -> {
                    delays++;
                    delaysAsBounces += mail instanceof InboundMail.Bounce ? 1 : 0;
                }
                case AUTO_REPLY -> {
                    autoReplies++;
                    autoRepliesWrong += mail instanceof InboundMail.Reply || mail instanceof InboundMail.Bounce ? 1 : 0;
                }
                default -> {
                }
            }
        }
        System.out.printf("bounce corpus: %d bounces, %d recognised (%.1f%%), hard/soft right %d (%.1f%%), "
                        + "%d as replies; %d delays, %d as bounces; %d auto-replies, %d as replies or bounces%n",
                bounces, recognised, 100.0 * recognised / bounces, classed, 100.0 * classed / bounces,
                bouncesAsReplies, delays, delaysAsBounces, autoReplies, autoRepliesWrong);
        misses.forEach(miss -> System.out.println("  miss " + miss));
        misclassed.forEach(miss -> System.out.println("  class " + miss));
        assertTrue(recognised >= 0.95 * bounces, recognised + " of " + bounces + " recognised");
        assertEquals(0, bouncesAsReplies);
        assertTrue(delaysAsBounces <= 0.05 * delays, delaysAsBounces + " of " + delays + " delays as bounces");
        assertEquals(0, autoRepliesWrong);
    }

    /**
     * The acceptance's hard/soft figure (90% as the corpus authors label them; 91.4%, 507 of 555, when written). Most
     * of the rest are Sisimai's {@code filtered} in human-readable reports with no code ("[User unknown]"), which the
     * words alone do not tell from an unknown user.
     */
    @Test
    void hardOrSoftAsTheCorpusAuthorsLabelThem() throws MessagingException {
        int bounces = 0;
        int classed = 0;
        for (Sample sample : SAMPLES) {
            if (sample.kind() == Kind.BOUNCE && !sample.mangled()) {
                bounces++;
                if (InboundMailClassifier.classify(sample.message()) instanceof InboundMail.Bounce bounce
                        && (bounce.bounceClass() == BounceClass.HARD) == sample.hard()) {
                    classed++;
                }
            }
        }
        assertTrue(classed >= 0.90 * bounces, classed + " of " + bounces + " hard/soft as labelled");
    }

    /**
     * What is wrong with the classifier's answer for a bounce: none when it is a bounce whose Message-ID is one the
     * sample quotes (not the report's own) and whose recipient the sample names and is not the report's addressee.
     */
    static List<String> bounceProblems(Sample sample, InboundMail mail) throws MessagingException {
        List<String> problems = new ArrayList<>();
        if (!(mail instanceof InboundMail.Bounce bounce)) {
            problems.add("not a bounce");
            return problems;
        }
        MimeMessage message = sample.message();
        String text = sample.text();
        String body = text.substring(Math.max(0, Math.max(text.indexOf("\n\n"), text.indexOf("\r\n\r\n"))));
        List<String> answered = InboundMailClassifier.messageIds(message.getHeader("In-Reply-To", " "));
        boolean quotesOne = QUOTED_ID.matcher(body).find() || decodedContains(message, "message-id:");
        if (bounce.messageId() == null) {
            if (quotesOne) {
                problems.add("no Message-ID");
            }
        } else if (!(body.contains(bounce.messageId()) || decodedContains(message, bounce.messageId())
                || answered.contains(bounce.messageId()))) {
            problems.add("Message-ID not the returned one");
        }
        String addressee = message.getHeader("To", ",") == null ? "" : message.getHeader("To", ",");
        if (bounce.recipient() == null) {
            problems.add("no recipient");
        } else if (!(body.toLowerCase(Locale.ROOT).contains(bounce.recipient())
                || decodedContains(message, bounce.recipient()))
                || Addresses.all(addressee).contains(bounce.recipient())) {
            problems.add("recipient not the failed one");
        }
        return problems;
    }

    private static boolean decodedContains(MimeMessage message, String value) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            MailParts parts = MailParts.of(message);
            String all = String.join("\n", parts.humanTexts) + String.join("\n", parts.statusTexts)
                    + parts.returned.stream().map(h -> {
                        StringBuilder s = new StringBuilder();
                        h.getAllHeaderLines().asIterator().forEachRemaining(s::append);
                        return s.toString();
                    }).reduce("", String::concat);
            return all.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)) || out.size() < 0;
        } catch (MessagingException e) {
            return false;
        }
    }
}
