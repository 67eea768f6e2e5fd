package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The email channel end to end on the real WAR with GreenMail as the real SMTP and IMAP server: a rep's own
 * mailbox sends a sequence's emails rendered, threaded and tracked; opens and clicks count; replies and bounces
 * arriving in the rep's inbox end the enrollment while an out-of-office does not; one-click unsubscribe stops every
 * sequence; tampered tokens change nothing; a template reaching for reflection is refused.
 */
@ExtendWith(ArquillianExtension.class)
class EmailIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = ItMail.server();

    private static final Pattern PIXEL = Pattern.compile("https?://[^\"'\\s<>]+?(/t/o/[^\"'\\s<>]+)");
    private static final Pattern CLICK = Pattern.compile("https?://[^\"'\\s<>]+?(/t/c/[^\"'\\s<>]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<https?://[^>\\s]+?(/u/[^>\\s]+)>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin;
    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void clients() {
        admin = new ApiClient(base, Tokens.admin("email-admin"));
    }

    /** A rep whose own mailbox (SMTP and IMAP) is on GreenMail. */
    private ApiClient repWithMailbox(String user) {
        String address = user + "@reps.example";
        MAIL.setUser(address, address, "secret-" + user);
        ApiClient rep = admin.as(Tokens.rep(user));
        ApiClient.Reply mailbox = rep.put("/api/v1/me/mailbox", "{\"fromName\":\"Rita " + user + "\",\"fromAddress\":\""
                + address + "\",\"signature\":\"<p>Rita, Sales</p>\",\"smtp\":{\"host\":\"127.0.0.1\",\"port\":"
                + ItMail.SMTP_PORT + ",\"username\":\"" + address + "\",\"password\":\"secret-" + user + "\","
                + "\"starttls\":false},\"imap\":{\"host\":\"127.0.0.1\",\"port\":" + ItMail.IMAP_PORT + ",\"username\":\""
                + address + "\",\"password\":\"secret-" + user + "\",\"ssl\":false}}");
        assertEquals(200, mailbox.status(), mailbox.body());
        assertFalse(mailbox.body().contains("secret-"), "a password is never returned");
        return rep;
    }

    private static String email(int day, String subject, String body, String threading) {
        return "{\"type\":\"EMAIL\",\"day\":" + day + ",\"email\":{" + (subject == null ? "" : "\"subject\":\"" + subject
                + "\",") + "\"body\":\"" + body + "\",\"threading\":\"" + threading + "\"}}";
    }

    private static String sequence(String name, String viewId, String... steps) {
        return "{\"name\":\"" + name + "\",\"type\":\"CLASSIC\",\"status\":\"ACTIVE\",\"audience\":{\"recordType\":"
                + "\"CONTACT\",\"savedViewIds\":[\"" + viewId + "\"]},\"schedule\":{\"time\":\"09:00\",\"timezone\":"
                + "\"UTC\",\"excludeWeekends\":false},\"steps\":[" + String.join(",", steps) + "]}";
    }

    /** The last email received by {@code recipient}. */
    private static MimeMessage to(String recipient) {
        return messagesTo(recipient).reduce((first, second) -> second).orElseThrow();
    }

    private int get(String path) throws Exception {
        return plain.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return plain.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .method(method, HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String path(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }

    private static String tamper(String path) {
        char last = path.charAt(path.length() - 2);
        return path.substring(0, path.length() - 2) + (last == 'A' ? 'B' : 'A') + path.charAt(path.length() - 1);
    }

    /**
     * A rep's SMTP server that is down: the timeline says RETRYING with the reason and the next attempt, the step's
     * metrics count it; once the server is back the email goes, exactly once, and the timeline says SENT.
     */
    @Test
    void whileTheMailServerIsDownTheTimelineSaysRetryingWhyAndOnceItIsBackTheEmailGoesOnce() throws Exception {
        int downPort = ItMail.SMTP_PORT + 1;
        String address = "down-rep@reps.example";
        ApiClient rep = admin.as(Tokens.rep("down-rep"));
        assertEquals(200, rep.put("/api/v1/me/mailbox", "{\"fromName\":\"Dana Down\",\"fromAddress\":\"" + address
                + "\",\"smtp\":{\"host\":\"127.0.0.1\",\"port\":" + downPort + ",\"username\":\"" + address
                + "\",\"password\":\"secret-down\",\"starttls\":false}}").status());
        Scenario s = new Scenario(admin, rep, "down");
        s.clock("2028-03-06T08:00:00Z");
        String contact = s.contact("ada.down@example.com", "Ada", "London", null);
        JsonObject sequence = s.sequence(sequence("Down", s.contactView(),
                email(1, "Hello $contact.firstName", "<p>Hi</p>", "NEW_THREAD")));
        GreenMail back = new GreenMail(new ServerSetup(downPort, "127.0.0.1", "smtp"));
        try {
            s.scheduledRun(sequence.getString("id"), "2028-03-06T09:00:00Z");
            JsonObject delivery = await().atMost(Duration.ofSeconds(30)).until(() -> emailDelivery(s, contact),
                    d -> d != null && "RETRYING".equals(d.getString("status")));
            assertTrue(delivery.getString("lastError").contains("connect"), delivery.toString());
            assertFalse(delivery.isNull("nextAttemptAt"), delivery.toString());
            JsonObject step = s.metrics(sequence.getString("id")).getJsonArray("steps").getJsonObject(0);
            assertEquals(1, step.getInt("retrying"), step.toString());
            assertEquals(0, step.getInt("sent"), step.toString());

            back.setUser(address, address, "secret-down");
            back.start();
            await().atMost(Duration.ofSeconds(90)).until(() -> back.getReceivedMessages().length >= 1);
            JsonObject sent = await().atMost(Duration.ofSeconds(10)).until(() -> emailDelivery(s, contact),
                    d -> "SENT".equals(d.getString("status")));
            assertFalse(sent.isNull("sentAt"), sent.toString());
            // Long enough for the outbox to tick again: a second copy would show.
            Thread.sleep(8_000);
            assertEquals(1, back.getReceivedMessages().length, "the email went exactly once");
            assertEquals(0, s.metrics(sequence.getString("id")).getJsonArray("steps").getJsonObject(0)
                    .getInt("retrying"));
        } finally {
            back.stop();
            s.pause(sequence);
        }
    }

    private static JsonObject emailDelivery(Scenario s, String contactId) {
        return s.activities(contactId).stream().map(JsonObject.class::cast)
                .filter(activity -> "EMAIL".equals(activity.getString("type")) && !activity.isNull("delivery"))
                .map(activity -> activity.getJsonObject("delivery")).findFirst().orElse(null);
    }

    @Test
    void aSequenceEmailIsRenderedThreadedTrackedAndCounted() throws Exception {
        ApiClient rep = repWithMailbox("thread-rep");
        Scenario s = new Scenario(admin, rep, "thread");
        s.clock("2028-01-03T08:00:00Z");
        String account = admin.post("/api/v1/host/accounts", "[{\"name\":\"Acme Ltd\",\"domain\":\"acme.example\"}]")
                .array().getJsonObject(0).getString("id");
        String contact = admin.post("/api/v1/host/contacts", "[{\"email\":\"ada.thread@example.com\",\"firstName\":\"Ada\","
                + "\"accountId\":\"" + account + "\",\"fields\":{\"testTag\":\"thread\",\"plan\":\"Gold\"}}]")
                .array().getJsonObject(0).getString("id");
        JsonObject sequence = s.sequence(sequence("Thread", s.contactView(),
                email(1, "Hello $contact.firstName at $account.name", "<p>Hi $!{contact.firstName}, your "
                        + "$contact.fields.plan plan: <a href='https://example.com/pricing'>pricing</a></p>"
                        + "$sender.signature", "NEW_THREAD"),
                email(2, null, "<p>Following up, ${contact.nickname|'friend'}</p>", "REPLY_TO_PREVIOUS")));
        try {
            s.scheduledRun(sequence.getString("id"), "2028-01-03T09:00:00Z");
            ItMail.messageIdsByRecipient(MAIL, 1, "ada.thread@example.com");
            MimeMessage first = to("ada.thread@example.com");
            assertEquals("Hello Ada at Acme Ltd", first.getSubject());
            assertEquals("Rita thread-rep <thread-rep@reps.example>", first.getFrom()[0].toString());
            assertNotNull(first.getMessageID());
            assertNotNull(first.getHeader("List-Unsubscribe", null));
            assertEquals("List-Unsubscribe=One-Click", first.getHeader("List-Unsubscribe-Post", null));
            String html = html(first);
            assertTrue(html.contains("Hi Ada, your Gold plan") && html.contains("Rita, Sales"), html);
            assertFalse(html.contains("href='https://example.com/pricing'") || html.contains("href=\"https://example.com/pricing\""),
                    "links go through the click tracker");

            s.scheduledRun(sequence.getString("id"), "2028-01-04T09:00:00Z");
            await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.getReceivedMessages().length >= 2);
            MimeMessage second = to("ada.thread@example.com");
            assertEquals("Re: Hello Ada at Acme Ltd", second.getSubject());
            assertEquals(first.getMessageID(), second.getHeader("In-Reply-To", null));
            assertTrue(second.getHeader("References", null).contains(first.getMessageID()));
            assertTrue(html(second).contains("Following up, friend"), html(second));

            String pixel = path(PIXEL, html);
            String click = path(CLICK, html);
            assertEquals(404, get(tamper(pixel)), "a tampered token is refused");
            assertEquals(404, get(tamper(click)));
            assertEquals(0, s.metrics(sequence.getString("id")).getJsonArray("steps").getJsonObject(0).getInt("opened"));

            assertEquals(200, get(pixel));
            HttpResponse<String> redirect = plain.send(HttpRequest.newBuilder(URI.create(
                    base.toString().replaceAll("/$", "") + click)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(redirect.statusCode() == 302 || redirect.statusCode() == 303, String.valueOf(redirect.statusCode()));
            assertEquals("https://example.com/pricing", redirect.headers().firstValue("Location").orElse(null));
            JsonObject step = s.metrics(sequence.getString("id")).getJsonArray("steps").getJsonObject(0);
            assertEquals(1, step.getInt("sent"));
            assertEquals(1, step.getInt("opened"));
            assertEquals(1, step.getInt("clicked"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "Opened but no reply".equals(
                    admin.get("/api/v1/host/contacts/" + contact).json().getString("lastContactedMode")));
        } finally {
            s.pause(sequence);
        }
    }

    @Test
    void repliesAndBouncesInTheRepsInboxEndTheEnrollmentButAnOutOfOfficeDoesNot() throws Exception {
        ApiClient rep = repWithMailbox("inbox-rep");
        Scenario s = new Scenario(admin, rep, "inbox");
        s.clock("2028-02-07T08:00:00Z");
        String replier = s.contact("replier.inbox@example.com", "Rae", "Paris", null);
        String bouncer = s.contact("bouncer.inbox@example.com", "Bo", "Paris", null);
        String away = s.contact("away.inbox@example.com", "Al", "Paris", null);
        JsonObject sequence = s.sequence(sequence("Inbox", s.contactView(),
                email(1, "Quick question, $contact.firstName", "<p>Hi</p>", "NEW_THREAD"),
                email(5, "Checking in", "<p>Again</p>", "NEW_THREAD")));
        String id = sequence.getString("id");
        try {
            s.scheduledRun(id, "2028-02-07T09:00:00Z");
            var ids = ItMail.messageIdsByRecipient(MAIL, 3, ".inbox@example.com");
            Session session = Session.getInstance(new Properties());

            MimeMessage reply = new MimeMessage(session);
            reply.setFrom(new InternetAddress("replier.inbox@example.com"));
            reply.setRecipients(Message.RecipientType.TO, "inbox-rep@reps.example");
            reply.setSubject("Re: Quick question, Rae");
            reply.setHeader("In-Reply-To", ids.get("replier.inbox@example.com"));
            reply.setHeader("References", ids.get("replier.inbox@example.com"));
            reply.setText("Yes, let's talk.");
            deliver("inbox-rep@reps.example", reply);

            MimeMessage outOfOffice = new MimeMessage(session);
            outOfOffice.setFrom(new InternetAddress("away.inbox@example.com"));
            outOfOffice.setRecipients(Message.RecipientType.TO, "inbox-rep@reps.example");
            outOfOffice.setSubject("Out of office: Quick question, Al");
            outOfOffice.setHeader("Auto-Submitted", "auto-replied");
            outOfOffice.setHeader("In-Reply-To", ids.get("away.inbox@example.com"));
            outOfOffice.setText("I am away until Monday.");
            deliver("inbox-rep@reps.example", outOfOffice);

            deliver("inbox-rep@reps.example", dsn(session, ids.get("bouncer.inbox@example.com")));

            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "EXITED".equals(s.enrollmentOf(id, replier).getString("status"))
                            && "EXITED".equals(s.enrollmentOf(id, bouncer).getString("status")));
            assertEquals("REPLIED", s.enrollmentOf(id, replier).getString("exitReason"));
            assertEquals("BOUNCED", s.enrollmentOf(id, bouncer).getString("exitReason"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "Replied".equals(
                    admin.get("/api/v1/host/contacts/" + replier).json().getString("lastContactedMode")));
            Thread.sleep(5000);
            assertEquals("ACTIVE", s.enrollmentOf(id, away).getString("status"), "an out-of-office is not a reply");
            JsonObject step = s.metrics(id).getJsonArray("steps").getJsonObject(0);
            assertEquals(1, step.getInt("replied"));
            assertEquals(1, step.getInt("bounced"));
        } finally {
            s.pause(sequence);
        }
    }

    /**
     * Real mail from the Sisimai corpus (its Message-ID and recipient put to this test's), in the rep's inbox: a soft
     * bounce (mailbox full) keeps the contact, who gets the bounced email again and the next one; a hard bounce (qmail's plain-text "failure
     * notice") exits BOUNCED; a feedback report unsubscribes; an out-of-office with a return date pauses the
     * enrollment until the next business day after it and it resumes by itself; one without a date changes nothing.
     */
    @Test
    void bouncesComplaintsAndOutOfOfficeRepliesFromRealMail() throws Exception {
        ApiClient rep = repWithMailbox("real-rep");
        Scenario s = new Scenario(admin, rep, "real");
        s.clock("2028-02-07T08:00:00Z");
        String soft = s.contact("soft.real@example.com", "Sam", "Paris", null);
        String hard = s.contact("hard.real@example.com", "Hal", "Paris", null);
        String complainer = s.contact("complainer.real@example.com", "Cy", "Paris", null);
        String away = s.contact("away.real@example.com", "Al", "Paris", null);
        String vague = s.contact("vague.real@example.com", "Val", "Paris", null);
        JsonObject sequence = s.sequence(sequence("Real mail", s.contactView(),
                email(1, "Quick question, $contact.firstName", "<p>Hi</p>", "NEW_THREAD"),
                email(5, "Checking in", "<p>Again</p>", "NEW_THREAD")));
        String id = sequence.getString("id");
        try {
            s.scheduledRun(id, "2028-02-07T09:00:00Z");
            var ids = ItMail.messageIdsByRecipient(MAIL, 5, ".real@example.com");
            Session session = Session.getInstance(new Properties());
            String inbox = "real-rep@reps.example";
            deliver(inbox, corpus(session, "lhost-amazonses-03.eml", Map.of("kijitora@example.jp",
                    "soft.real@example.com", "<00000132d6ca0cd4-ff6d8ee5-29a0-4501-a68a-3ff8695254bb-000000@email"
                            + ".amazonses.com>", ids.get("soft.real@example.com"))));
            deliver(inbox, corpus(session, "lhost-qmail-01.eml", Map.of("kijitora@example.ne.jp", "hard.real@example.com",
                    "<000000000.9999999999999.JavaMail.postmaster@mailhub>", ids.get("hard.real@example.com"))));
            // The feedback report names the address only: matched by it to the mailbox's recent send.
            deliver(inbox, corpus(session, "arf-01.eml", Map.of("redacted@example.net", "complainer.real@example.com")));
            deliver(inbox, autoReply(session, "away.real@example.com", ids.get("away.real@example.com"),
                    "I am out of the office and back on 9 February 2028."));
            deliver(inbox, autoReply(session, "vague.real@example.com", ids.get("vague.real@example.com"),
                    "I am out of the office with limited access to email."));

            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "EXITED".equals(s.enrollmentOf(id, hard).getString("status"))
                            && "EXITED".equals(s.enrollmentOf(id, complainer).getString("status"))
                            && "PAUSED".equals(s.enrollmentOf(id, away).getString("status")));
            assertEquals("BOUNCED", s.enrollmentOf(id, hard).getString("exitReason"));
            assertEquals("UNSUBSCRIBED", s.enrollmentOf(id, complainer).getString("exitReason"));
            JsonObject paused = s.enrollmentOf(id, away);
            assertEquals("OUT_OF_OFFICE", paused.getString("pauseReason"));
            assertEquals(Instant.parse("2028-02-10T00:00:00Z"),
                    java.time.OffsetDateTime.parse(paused.getString("resumesAt")).toInstant());
            Thread.sleep(5000);
            assertEquals("ACTIVE", s.enrollmentOf(id, soft).getString("status"), "a soft bounce keeps the contact");
            assertEquals("ACTIVE", s.enrollmentOf(id, vague).getString("status"), "no return date, nothing changes");

            s.clock("2028-02-10T08:00:00Z");
            await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(s.enrollmentOf(id, away)
                    .getString("status")));
            JsonObject resumed = s.enrollmentOf(id, away);
            assertTrue(!resumed.containsKey("resumesAt") || resumed.isNull("resumesAt"), "resumed by itself: " + resumed);

            s.scheduledRun(id, "2028-02-11T09:00:00Z");
            // The soft-bounced first email goes again, with the second that is due.
            await().atMost(Duration.ofSeconds(60)).until(() -> received("soft.real@example.com") == 3
                    && received("away.real@example.com") == 2 && received("vague.real@example.com") == 2);
            assertEquals(1, received("hard.real@example.com"), "a hard-bounced address gets nothing more");
            assertEquals(1, received("complainer.real@example.com"), "a complainer gets nothing more");
        } finally {
            s.pause(sequence);
        }
    }

    /**
     * A real soft bounce (Amazon SES, "Mailbox Full", from the corpus, with the sent email's Message-ID and recipient
     * put in) keeps the contact ACTIVE, and the same step's email goes again at the next day's run, exactly once; the
     * third soft bounce of the address within seven days counts as hard: the enrollment exits BOUNCED.
     */
    @Test
    void aSoftBounceSendsTheSameEmailAgainAtTheNextRunAndTheThirdInSevenDaysExits() throws Exception {
        ApiClient rep = repWithMailbox("soft-rep");
        Scenario s = new Scenario(admin, rep, "soft");
        s.clock("2028-03-06T08:00:00Z");
        String address = "again.soft@example.com";
        String contact = s.contact(address, "Sol", "Paris", null);
        JsonObject sequence = s.sequence(sequence("Soft bounces", s.contactView(),
                email(1, "Quick question, $contact.firstName", "<p>Hi</p>", "NEW_THREAD"),
                email(20, "Much later", "<p>Later</p>", "NEW_THREAD")));
        String id = sequence.getString("id");
        Session session = Session.getInstance(new Properties());
        try {
            s.scheduledRun(id, "2028-03-06T09:00:00Z");
            for (int bounce = 1; bounce <= 3; bounce++) {
                int sent = bounce;
                // Exactly this many: the email went again once per soft bounce, never more.
                await().atMost(Duration.ofSeconds(60)).during(Duration.ofSeconds(3)).until(() -> received(address) == sent);
                String subject = to(address).getSubject();
                assertEquals("Quick question, Sol", subject, "the same step's email each time");
                deliver("soft-rep@reps.example", corpus(session, "lhost-amazonses-03.eml", Map.of(
                        "kijitora@example.jp", address,
                        "<00000132d6ca0cd4-ff6d8ee5-29a0-4501-a68a-3ff8695254bb-000000@email.amazonses.com>",
                        to(address).getMessageID(),
                        // Each report is its own message (the inbox reads a Message-ID once).
                        "<00000132d6ca199d-48d84a95-efb8-11e0-a93e-ade7bf36e322-000000@email.amazonses.com>",
                        "<soft-bounce-" + bounce + "@email.amazonses.com>")));
                if (bounce == 3) {
                    break;
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> s.activities(contact).stream()
                        .map(JsonObject.class::cast).anyMatch(a -> "DEFERRED".equals(a.getString("status"))
                                && !a.isNull("reason") && "SOFT_BOUNCE".equals(a.getString("reason"))));
                assertEquals("ACTIVE", s.enrollmentOf(id, contact).getString("status"), "a soft bounce keeps the contact");
                s.scheduledRun(id, "2028-03-0" + (6 + bounce) + "T09:00:00Z");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> "EXITED".equals(s.enrollmentOf(id, contact)
                    .getString("status")));
            assertEquals("BOUNCED", s.enrollmentOf(id, contact).getString("exitReason"),
                    "three soft bounces in seven days count as hard");
            s.scheduledRun(id, "2028-03-09T09:00:00Z");
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> received(address) == 3);
        } finally {
            s.pause(sequence);
        }
    }

    private static long received(String recipient) {
        return messagesTo(recipient).count();
    }

    private static java.util.stream.Stream<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
    }

    /** A sample of the bounce corpus (in the plugin's test resources), with its placeholders replaced. */
    private static MimeMessage corpus(Session session, String sample, Map<String, String> replacements)
            throws Exception {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(
                "../sequence-plugin-impl/src/test/resources/bounce-corpus/sisimai", sample),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            assertTrue(text.contains(replacement.getKey()), replacement.getKey() + " in " + sample);
            text = text.replace(replacement.getKey(), replacement.getValue());
        }
        return new MimeMessage(session, new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            @Override
            protected void updateMessageID() {
                // Keep the sample's own headers as they are.
            }
        };
    }

    private static MimeMessage autoReply(Session session, String from, String inReplyTo, String text) throws Exception {
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(Message.RecipientType.TO, "real-rep@reps.example");
        reply.setSubject("Automatic reply: Quick question");
        reply.setHeader("Auto-Submitted", "auto-replied");
        reply.setHeader("In-Reply-To", inReplyTo);
        reply.setText(text);
        return reply;
    }

    /** The decoded HTML part of a sent email. */
    private static String html(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    /** Puts a message into a user's GreenMail inbox, as the rep's mail server would. */
    private static void deliver(String address, MimeMessage message) throws Exception {
        message.saveChanges();
        MAIL.getUserManager().getUserByEmail(address).deliver(message);
    }

    /** An RFC 3464 delivery status notification for the message with {@code messageId}. */
    private static MimeMessage dsn(Session session, String messageId) throws Exception {
        MimeMessage dsn = new MimeMessage(session);
        dsn.setFrom(new InternetAddress("mailer-daemon@example.com"));
        dsn.setRecipients(Message.RecipientType.TO, "inbox-rep@reps.example");
        dsn.setSubject("Undelivered Mail Returned to Sender");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.");
        report.addBodyPart(human);
        MimeBodyPart status = new MimeBodyPart();
        status.setContent("Reporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; bouncer.inbox@example.com\r\n"
                + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n",
                "message/delivery-status");
        report.addBodyPart(status);
        MimeBodyPart original = new MimeBodyPart();
        original.setContent("Message-ID: " + messageId + "\r\nSubject: Quick question, Bo\r\n\r\n",
                "text/rfc822-headers");
        report.addBodyPart(original);
        dsn.setContent(report);
        dsn.saveChanges();
        return dsn;
    }

    @Test
    void oneClickUnsubscribeStopsEverySequenceForTheContact() throws Exception {
        ApiClient rep = repWithMailbox("unsub-rep");
        Scenario s = new Scenario(admin, rep, "unsub");
        s.clock("2028-03-06T08:00:00Z");
        String contact = s.contact("leaver.unsub@example.com", "Lee", "Paris", null);
        String view = s.contactView();
        JsonObject first = s.sequence(sequence("Unsub one", view, email(1, "One", "<p>One</p>", "NEW_THREAD")));
        JsonObject second = s.sequence(sequence("Unsub two", view, email(3, "Two", "<p>Two</p>", "NEW_THREAD")));
        try {
            s.scheduledRun(first.getString("id"), "2028-03-06T09:00:00Z");
            s.awaitRun(second.getString("id"), java.time.Instant.parse("2028-03-06T09:00:00Z"));
            ItMail.messageIdsByRecipient(MAIL, 1, "leaver.unsub@example.com");
            String unsubscribe = path(UNSUBSCRIBE, to("leaver.unsub@example.com").getHeader("List-Unsubscribe", null));

            assertEquals(404, send("POST", tamper(unsubscribe)).statusCode(), "a tampered token changes nothing");
            assertEquals("ACTIVE", s.enrollmentOf(second.getString("id"), contact).getString("status"));
            assertEquals(200, get(unsubscribe), "the unsubscribe page");
            assertEquals(200, send("POST", unsubscribe).statusCode(), "RFC 8058 one-click unsubscribe");

            for (JsonObject sequence : List.of(first, second)) {
                JsonObject enrollment = s.enrollmentOf(sequence.getString("id"), contact);
                assertEquals("EXITED", enrollment.getString("status"));
                assertEquals("UNSUBSCRIBED", enrollment.getString("exitReason"));
            }
            int sent = MAIL.getReceivedMessages().length;
            JsonObject third = s.sequence(sequence("Unsub three", view, email(1, "Three", "<p>Three</p>", "NEW_THREAD")));
            try {
                s.runNow(third.getString("id"));
                JsonObject later = s.enrollmentOf(third.getString("id"), contact);
                assertEquals("EXITED", later.getString("status"), "a later sequence lets an unsubscribed contact go");
                assertEquals("UNSUBSCRIBED", later.getString("exitReason"));
                Thread.sleep(3000);
                assertEquals(sent, MAIL.getReceivedMessages().length, "no email after unsubscribing");
            } finally {
                s.pause(third);
            }
        } finally {
            s.pause(first);
            s.pause(second);
        }
    }

    @Test
    void aRepsMailboxCannotPointInsideOrAtOtherPortsAndKeepsItsPasswordOnlyForTheSameServer() {
        ApiClient rep = admin.as(Tokens.rep("ssrf-rep"));
        String[][] refused = {{"169.254.169.254", "587", "smtp.host"}, {"127.0.0.2", "25", "smtp.host"},
            {"[::1]", "587", "smtp.host"}, {"10.0.0.1", "587", "smtp.host"}, {"93.184.215.14", "80", "smtp.port"}};
        for (String[] server : refused) {
            ApiClient.Reply reply = rep.put("/api/v1/me/mailbox", "{\"fromAddress\":\"ssrf-rep@reps.example\","
                    + "\"smtp\":{\"host\":\"" + server[0] + "\",\"port\":" + server[1] + "}}");
            assertEquals(400, reply.status(), reply.body());
            assertEquals(server[2], reply.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    reply.body());
        }
        assertEquals(404, rep.get("/api/v1/me/mailbox").status(), "nothing was stored");

        // 127.0.0.1 is listed in sequences.mail.allowed-hosts for the ITs' GreenMail, on any port.
        String stored = "{\"fromAddress\":\"ssrf-rep@reps.example\",\"smtp\":{\"host\":\"127.0.0.1\",\"port\":"
                + ItMail.SMTP_PORT + ",\"username\":\"ssrf-rep\",\"password\":\"pw\",\"starttls\":false}}";
        assertEquals(200, rep.put("/api/v1/me/mailbox", stored).status());
        assertEquals(200, rep.put("/api/v1/me/mailbox", stored.replace(",\"password\":\"pw\"", "")).status(),
                "the same server and login keep the password");
        ApiClient.Reply moved = rep.put("/api/v1/me/mailbox", stored.replace(",\"password\":\"pw\"", "")
                .replace("\"port\":" + ItMail.SMTP_PORT, "\"port\":2525"));
        assertEquals(400, moved.status(), moved.body());
        assertEquals("smtp.password", moved.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(rep.get("/api/v1/me/mailbox").json().getJsonObject("smtp").getBoolean("passwordSet"));
    }

    @Test
    void aTemplateReachingForReflectionIsRefusedAndNothingIsStored() {
        ApiClient rep = admin.as(Tokens.rep("reflect-rep"));
        long before = Long.parseLong(rep.get("/api/v1/sequences").header("X-Total-Count"));
        // Reflection; a directive that Velocity would run only when rendering, from inside a string; a template
        // nested too deep for the parser's stack (which was a 500).
        for (String body : List.of("<p>$contact.getClass().forName('java.lang.Runtime')</p>",
                "#set($x = \\\"#foreach($i in [1..3])E#end\\\")$x",
                "#if(" + "(".repeat(30_000) + "true" + ")".repeat(30_000) + ")x#end")) {
            ApiClient.Reply refused = rep.post("/api/v1/sequences", "{\"name\":\"Sneaky\",\"type\":\"CLASSIC\","
                    + "\"schedule\":{\"time\":\"09:00\",\"timezone\":\"UTC\"},\"steps\":[{\"type\":\"EMAIL\","
                    + "\"day\":1,\"email\":{\"subject\":\"Hi\",\"body\":\"" + body + "\"}}]}");
            assertEquals(400, refused.status(), refused.body().substring(0, Math.min(500, refused.body().length())));
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("steps[0].email.body", error.getString("field"));
            assertTrue(error.getString("message").contains("not allowed") || error.getString("message")
                    .contains("not evaluated") || error.getString("message").contains("nested more than"),
                    error.getString("message"));
        }
        assertEquals(before, Long.parseLong(rep.get("/api/v1/sequences").header("X-Total-Count")));
    }

    @Test
    void aTemplateOverItsRenderingBudgetFailsItsStepAndTheNextEmailStillGoesOut() throws Exception {
        ApiClient rep = repWithMailbox("budget-rep");
        Scenario s = new Scenario(admin, rep, "budget");
        s.clock("2028-02-07T08:00:00Z");
        String contact = admin.post("/api/v1/host/contacts", "[{\"email\":\"ada.budget@example.com\","
                + "\"firstName\":\"Ada\",\"fields\":{\"testTag\":\"budget\"}}]").array().getJsonObject(0)
                .getString("id");
        // Nothing in it is refused at save, but 99 x 99 x 30 characters is more than one rendering may write.
        String tooLong = "#foreach($a in [1..99])#foreach($b in [1..99])" + "x".repeat(30) + "#end#end";
        JsonObject sequence = s.sequence(sequence("Budget", s.contactView(), email(1, "Too long", tooLong,
                "NEW_THREAD"), email(2, "Still here", "<p>Hi $contact.firstName</p>", "NEW_THREAD")));
        try {
            s.scheduledRun(sequence.getString("id"), "2028-02-07T09:00:00Z");
            await().atMost(Duration.ofSeconds(60)).until(() -> s.activities(contact).getValuesAs(JsonObject.class)
                    .stream().anyMatch(activity -> "FAILED".equals(activity.getString("status"))));
            JsonObject failed = s.activities(contact).getValuesAs(JsonObject.class).stream()
                    .filter(activity -> "FAILED".equals(activity.getString("status"))).findFirst().orElseThrow();
            assertEquals("TEMPLATE_FAILED", failed.getString("reason"), failed.toString());

            s.scheduledRun(sequence.getString("id"), "2028-02-08T09:00:00Z");
            ItMail.messageIdsByRecipient(MAIL, 1, "ada.budget@example.com");
            assertEquals("Still here", to("ada.budget@example.com").getSubject(), "the outbox kept working");
        } finally {
            s.pause(sequence);
        }
    }

    private static long receivedBy(String suffix) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().endsWith(suffix);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    private static List<String> recipients(String suffix) {
        return Arrays.stream(MAIL.getReceivedMessages()).map(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                return "";
            }
        }).filter(address -> address.endsWith(suffix)).sorted().toList();
    }

    @Test
    void aMailboxLimitedToTwoAnHourSendsTwoInTheFirstHourAndAllFiveInTheEndEachOnce() throws Exception {
        ApiClient rep = admin.as(Tokens.rep("limits-rep"));
        ApiClient.Reply mailbox = rep.put("/api/v1/me/mailbox", "{\"fromName\":\"Lim Rep\",\"fromAddress\":"
                + "\"limits-rep@reps.example\",\"limits\":{\"perHour\":2,\"minSecondsBetween\":1}}");
        assertEquals(200, mailbox.status(), mailbox.body());
        assertEquals(2, mailbox.json().getJsonObject("limits").getInt("perHour"));
        ApiClient.Reply bad = rep.put("/api/v1/me/mailbox", "{\"fromAddress\":\"limits-rep@reps.example\","
                + "\"limits\":{\"perHour\":0,\"minSecondsBetween\":-1}}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("limits.perHour") && bad.body().contains("limits.minSecondsBetween"), bad.body());
        assertEquals(2, rep.get("/api/v1/me/mailbox").json().getJsonObject("limits").getInt("perHour"),
                "nothing was stored");

        Scenario s = new Scenario(admin, rep, "limits");
        s.clock("2028-05-08T08:30:00Z");
        List<String> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            contacts.add(s.contact("c" + i + ".limits@example.com", "L" + i, "Paris", null));
        }
        JsonObject sequence = s.sequence(sequence("Limits", s.contactView(), email(1, "Paced", "<p>Hi</p>",
                "NEW_THREAD")));
        String id = sequence.getString("id");
        try {
            JsonObject run = s.scheduledRun(id, "2028-05-08T09:00:00Z");
            // The run executes the five steps; by the time it records its totals, the outbox holds some back.
            assertEquals(5, run.getInt("executed") + run.getInt("deferred"), run.toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(".limits@example.com") >= 2);
            Thread.sleep(6000);
            assertEquals(2, receivedBy(".limits@example.com"), "two in the first hour");
            // An email looked at within a second of the second one waits for the spacing first; at its next turn
            // (the outbox's next tick, later on a busy machine) the hour's limit is what holds it.
            java.util.function.Supplier<List<String>> waiting = () -> contacts.stream().flatMap(contact -> s
                    .activities(contact).getValuesAs(JsonObject.class).stream())
                    .filter(a -> "DEFERRED".equals(a.getString("status"))).map(a -> a.getString("reason")).toList();
            List<String> hourly = List.of("MAILBOX_HOURLY_LIMIT", "MAILBOX_HOURLY_LIMIT", "MAILBOX_HOURLY_LIMIT");
            await().atMost(Duration.ofSeconds(30)).until(() -> hourly.equals(waiting.get()));
            assertEquals(hourly, waiting.get());
            assertEquals(2, receivedBy(".limits@example.com"), "still two in the first hour");

            s.clock("2028-05-08T10:00:01Z");
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(".limits@example.com") >= 4);
            Thread.sleep(6000);
            assertEquals(4, receivedBy(".limits@example.com"), "two more in the second hour");
            s.clock("2028-05-08T11:00:01Z");
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedBy(".limits@example.com") >= 5);
            Thread.sleep(3000);
            assertEquals(List.of("c0.limits@example.com", "c1.limits@example.com", "c2.limits@example.com",
                    "c3.limits@example.com", "c4.limits@example.com"), recipients(".limits@example.com"),
                    "all five, each once");
            for (String contact : contacts) {
                JsonObject activity = s.activities(contact).getJsonObject(0);
                assertEquals("EXECUTED", activity.getString("status"), activity.toString());
            }
        } finally {
            s.pause(sequence);
        }
    }
}
