package org.salessequences.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salessequences.infrastructure.mail.sink.MailTransportChoice;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.application.EffectException;
import org.salessequences.application.mail.EmailBatch;
import org.salessequences.application.mail.EmailRequest;
import org.salessequences.application.mail.RecipientUnsubscribedException;
import org.salessequences.application.mail.RenderedEmail;
import org.salessequences.application.mail.SentEmail;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.MailboxHealth;
import org.salessequences.domain.model.mailbox.SenderAddresses;
import org.salessequences.infrastructure.mail.sink.JdbcDevMailbox;
import org.salessequences.infrastructure.mail.tracking.TrackingLinks;
import org.salessequences.infrastructure.persistence.jdbc.JdbcEmailLinkStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxHealth;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.JdbcSentEmailLookup;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.security.SecretCipher;
import org.salessequences.infrastructure.security.SignedTokens;
import org.salessequences.infrastructure.templating.velocity.VelocityTemplateRenderer;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The channel against GreenMail as the default mailbox's SMTP server, on a real H2 schema. */
class SmtpEmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension DEFAULT_SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    @RegisterExtension
    static final GreenMailExtension REP_SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String PUBLIC_URL = "https://seq.example.com";
    static final SignedTokens TOKENS = new SignedTokens("tracking-secret");

    private final Sql sql = new Sql(TestDatabases.h2());
    private final JdbcMailboxRepository mailboxes = new JdbcMailboxRepository(sql, new SecretCipher("k"));
    private final JdbcEmailLinkStore links = new JdbcEmailLinkStore(sql);
    private final JdbcMailboxHealth health = new JdbcMailboxHealth(sql);
    private final InMemoryHostCrm host = new InMemoryHostCrm()
            .add(new HostAccount("a1", "Acme", "acme.example", Map.of(), Map.of("tier", "Gold")))
            .add(new HostContact("c1", "ada@acme.example", "Ada", "Lovelace", null, null, "rita", "a1",
                    Map.of("city", "London"), Map.of("plan", "Pro")))
            .add(new HostContact("c2", null, "Nomail", null, null, null, "rita", null, Map.of(), Map.of()));

    /** Reps' own test servers run on this machine: the policy lists it, as the ITs do. */
    private static final MailHostPolicy LOCAL_ALLOWED = MailHostPolicy.of(List.of("localhost", "127.0.0.1", "::1"));
    /** The domain of the reps' mailboxes, which the default mailbox may send as. */
    private static final SenderAddresses REPS_DOMAIN = new SenderAddresses(List.of("acme-sales.example"));

    private static final MailTransportChoice SMTP = new MailTransportChoice(false, "test");

    private SmtpEmailChannel channel(int defaultPort, MailHostPolicy hosts, SenderAddresses senders) {
        return channel(defaultPort, hosts, senders, SMTP);
    }

    private SmtpEmailChannel channel(int defaultPort, MailHostPolicy hosts, SenderAddresses senders,
                                     MailTransportChoice transport) {
        MailSettings settings = new MailSettings(PUBLIC_URL, new MailServer("localhost", defaultPort, null, null, false),
                "team@seq.example.com", 2, Duration.ofSeconds(60));
        return new SmtpEmailChannel(host, mailboxes, new VelocityTemplateRenderer(), links, new JdbcSentEmailLookup(sql),
                settings, TOKENS, new ApplicationClock(), hosts, senders, new JdbcDevMailbox(sql, transport), transport,
                health);
    }

    private SmtpEmailChannel channel(int defaultPort) {
        return channel(defaultPort, LOCAL_ALLOWED, REPS_DOMAIN);
    }

    private SmtpEmailChannel channel() {
        return channel(DEFAULT_SMTP.getSmtp().getPort());
    }

    static EmailSettings email(String subject, String body, String threading) {
        return new EmailSettings(subject, body, threading, null, "replies@acme-sales.example",
                List.of("cc@acme-sales.example"), List.of("bcc@acme-sales.example"), true, true, true);
    }

    static EmailRequest request(String executionId, String contactId, EmailSettings settings) {
        return new EmailRequest(executionId, "rita", contactId, "s1", "step1", settings, null, null, null, null);
    }

    private static MimeMessage only(GreenMailExtension server, int expected) {
        assertTrue(server.waitForIncomingEmail(5_000, expected));
        MimeMessage[] received = server.getReceivedMessages();
        return received[received.length - 1];
    }

    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            if (alternative.getBodyPart(i).isMimeType(type)) {
                return (String) alternative.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void theSinkKeepsTheWholeEmailInsteadOfSendingItAndARetryIsStillOneEmail() throws Exception {
        MailTransportChoice sinking = new MailTransportChoice(true, "test");
        SmtpEmailChannel channel = channel(DEFAULT_SMTP.getSmtp().getPort(), LOCAL_ALLOWED, REPS_DOMAIN, sinking);
        JdbcDevMailbox mailbox = new JdbcDevMailbox(sql, sinking);
        EmailRequest request = request("exec-sink", "c1", email("Hi $contact.firstName",
                "<p>Hello $contact.firstName, see <a href=\"https://acme.example/pricing\">pricing</a>.</p>",
                "NEW_THREAD"));

        channel.send(request);
        channel.send(request);

        assertEquals(0, DEFAULT_SMTP.getReceivedMessages().length, "nothing leaves through SMTP");
        assertEquals(1, mailbox.count("ADA@acme.example"));
        assertEquals(0, mailbox.count("someone@else.example"));
        var kept = mailbox.page(null, 0, 10).get(0);
        assertEquals("ada@acme.example", kept.to());
        assertEquals("Hi Ada", kept.subject());
        assertEquals("<exec-sink@seq.example.com>", kept.messageId());
        assertTrue(kept.html().contains(PUBLIC_URL + "/t/c/"), kept.html());
        assertTrue(kept.text().contains("Hello Ada"), kept.text());
        assertTrue(kept.headers().stream().anyMatch(h -> h.name().equals("List-Unsubscribe")), kept.headers()::toString);
        assertEquals(kept, mailbox.find(kept.id()).orElseThrow());
    }

    @Test
    void sendsTheRenderedEmailWithAddressesTrackingAndUnsubscribeHeaders() throws Exception {
        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@acme-sales.example", "<b>Rita</b>", null, null,
                Instant.now()));
        SentEmail sent = channel().send(request("exec-1", "c1", email("Hi $contact.firstName from $account.name",
                "<p>Hello ${contact.firstName|'there'} in $contact.city ($contact.fields.plan, $account.fields.tier)."
                        + " See <a href=\"https://acme.example/pricing?a=1&amp;b=2\">pricing</a> or"
                        + " <a href='mailto:x@y.example'>mail</a>.</p>$sender.signature", "NEW_THREAD")));

        assertEquals("<exec-1@seq.example.com>", sent.messageId());
        assertEquals("Hi Ada from Acme", sent.subject());
        // The BCC recipient gets a copy too: GreenMail keeps one message per recipient.
        assertTrue(DEFAULT_SMTP.waitForIncomingEmail(5_000, 3));
        MimeMessage message = DEFAULT_SMTP.getReceivedMessages()[0];
        assertEquals("<exec-1@seq.example.com>", message.getMessageID());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("Rita Rep", from.getPersonal());
        assertEquals("rita@acme-sales.example", from.getAddress());
        assertEquals("ada@acme.example", message.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("cc@acme-sales.example", message.getRecipients(Message.RecipientType.CC)[0].toString());
        assertNull(message.getHeader("Bcc"), "BCC recipients are not shown");
        assertEquals("replies@acme-sales.example", message.getReplyTo()[0].toString());
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));
        String unsubscribe = message.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.matches("<https://seq\\.example\\.com/u/[A-Za-z0-9_.-]+>"), unsubscribe);

        String html = part(message, "text/html");
        assertTrue(html.contains("Hello Ada in London (Pro, Gold)."), html);
        assertTrue(html.contains("<b>Rita</b>"), "the signature is HTML");
        assertFalse(html.contains("acme.example/pricing"), "the link is rewritten");
        assertTrue(html.contains("mailto:x@y.example"), "only web links are tracked");
        assertTrue(html.contains("<img src=\"https://seq.example.com/t/o/"), "open pixel");
        Matcher click = Pattern.compile("https://seq\\.example\\.com/t/c/([A-Za-z0-9_.-]+)").matcher(html);
        assertTrue(click.find());
        TrackingLinks tracking = new TrackingLinks(PUBLIC_URL, TOKENS);
        assertEquals(Optional.of(new TrackingLinks.LinkRef("exec-1", 0)), tracking.clickedLink(click.group(1)));
        assertEquals(Optional.of("https://acme.example/pricing?a=1&b=2"), links.find("exec-1", 0));
        assertEquals("exec-1", tracking.unsubscribingExecution(unsubscribe.substring(unsubscribe.indexOf("/u/") + 3,
                unsubscribe.length() - 1)).orElseThrow());

        String text = part(message, "text/plain");
        assertTrue(text.startsWith("Hello Ada in London (Pro, Gold). See pricing (https://seq.example.com/t/c/"), text);
        assertFalse(text.contains("<"), text);
    }

    @Test
    void aReplyToThePreviousEmailThreadsUnderItAndSaysRe() throws Exception {
        EmailSettings reply = new EmailSettings(null, "<p>Following up</p>", "REPLY_TO_PREVIOUS", null, null,
                List.of(), List.of(), false, false, false);
        SentEmail sent = channel().send(new EmailRequest("exec-2", "rita", "c1", "s1", "step2", reply, null, null,
                "<exec-1@seq.example.com>", "Hi Ada from Acme"));

        MimeMessage message = only(DEFAULT_SMTP, 1);
        assertEquals("Re: Hi Ada from Acme", sent.subject());
        assertEquals("Re: Hi Ada from Acme", message.getSubject());
        assertEquals("<exec-1@seq.example.com>", message.getHeader("In-Reply-To", null));
        assertEquals("<exec-1@seq.example.com>", message.getHeader("References", null));
        assertNull(message.getHeader("List-Unsubscribe"));
        assertFalse(part(message, "text/html").contains("/t/o/"), "no pixel without trackOpens");
    }

    @Test
    void aReplyToThePreviousEmailKeepsThePreviousSubjectOverItsOwn() throws Exception {
        EmailSettings reply = new EmailSettings("A subject of its own", "<p>Following up</p>", "REPLY_TO_PREVIOUS",
                null, null, List.of(), List.of(), false, false, false);
        SentEmail sent = channel().send(new EmailRequest("exec-2", "rita", "c1", "s1", "step2", reply, null, null,
                "<exec-1@seq.example.com>", "Re: Hi Ada from Acme"));

        assertEquals("Re: Hi Ada from Acme", sent.subject());
        assertEquals("Re: Hi Ada from Acme", only(DEFAULT_SMTP, 1).getSubject());
    }

    @Test
    void aRetriedSendKeepsItsMessageId() throws Exception {
        SmtpEmailChannel channel = channel();
        EmailRequest request = request("exec-3", "c1", email("S", "B", "NEW_THREAD"));
        channel.send(request);
        channel.send(request);
        assertTrue(DEFAULT_SMTP.waitForIncomingEmail(5_000, 6));
        assertEquals(1, Arrays.stream(DEFAULT_SMTP.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count());
    }

    @Test
    void aRepWithTheirOwnServerSendsThroughItWithTheirLogin() throws Exception {
        REP_SMTP.setUser("rita@acme-sales.example", "rita", "rita-pw");
        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@acme-sales.example", null,
                new MailServer("localhost", REP_SMTP.getSmtp().getPort(), "rita", "rita-pw", false), null,
                Instant.now()));
        channel().send(request("exec-4", "c1", new EmailSettings("Own", "Body", "NEW_THREAD", null, null, List.of(),
                List.of(), false, false, false)));

        assertEquals("Own", only(REP_SMTP, 1).getSubject());
        assertEquals(0, DEFAULT_SMTP.getReceivedMessages().length);
    }

    @Test
    void rendersAnEmailReminderWithoutSendingIt() {
        RenderedEmail rendered = channel().render(request("exec-5", "c1", email("Hi $contact.firstName",
                "<p>$!contact.fields.missing$contact.lastName</p>", "NEW_THREAD")));
        assertEquals(new RenderedEmail("Hi Ada", "<p>Lovelace</p>"), rendered);
        assertEquals(0, DEFAULT_SMTP.getReceivedMessages().length);
    }

    @Test
    void permanentFailuresAreNotRetried() {
        SmtpEmailChannel channel = channel();
        EffectException noEmail = assertThrows(EffectException.class,
                () -> channel.send(request("exec-6", "c2", email("S", "B", "NEW_THREAD"))));
        assertFalse(noEmail.isRetryable());
        EffectException noContact = assertThrows(EffectException.class,
                () -> channel.send(request("exec-7", "missing", email("S", "B", "NEW_THREAD"))));
        assertFalse(noContact.isRetryable());
        EffectException reflection = assertThrows(EffectException.class,
                () -> channel.send(request("exec-8", "c1", email("$contact.getClass()", "B", "NEW_THREAD"))));
        assertFalse(reflection.isRetryable());
        assertEquals(ExecutionReason.TEMPLATE_FAILED, reflection.reason());
        assertTrue(reflection.getMessage().contains("not allowed"), reflection.getMessage());

        sql.update("INSERT INTO seq_unsubscribe (email, source, unsubscribed_at) VALUES ('ada@acme.example', 'LINK', 0)");
        // Its own type, so that the email effect skips the step instead of failing it.
        EffectException unsubscribed = assertThrows(RecipientUnsubscribedException.class,
                () -> channel.send(request("exec-9", "c1", email("S", "B", "NEW_THREAD"))));
        assertFalse(unsubscribed.isRetryable());
        assertEquals(0, DEFAULT_SMTP.getReceivedMessages().length, "nothing was sent");
    }

    @Test
    void aServerThatCannotBeReachedIsATransientFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EffectException refused = assertThrows(EffectException.class,
                () -> channel(closedPort).send(request("exec-10", "c1", email("S", "B", "NEW_THREAD"))));
        assertTrue(refused.isRetryable(), refused.getMessage());
    }

    /**
     * Each failure of a rep's own server counts against their mailbox, in words; the default mailbox's failures are not
     * theirs; the next email that goes through their server clears the count.
     */
    @Test
    void failuresOfARepsOwnServerCountUntilAnEmailGoesThroughIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        mailboxes.save(new Mailbox("hanna", "Hanna", "hanna@reps.example", null,
                new MailServer("localhost", closedPort, null, null, false), null, Instant.now()));
        SmtpEmailChannel channel = channel();
        for (int i = 0; i < 3; i++) {
            String execution = "exec-h" + i;
            assertThrows(EffectException.class, () -> channel.send(new EmailRequest(execution, "hanna", "c1", "s1",
                    "step1", email("S", "B", "NEW_THREAD"), null, null, null, null)));
        }
        MailboxHealth.Failures failures = health.failures("hanna").orElseThrow();
        assertEquals(3, failures.count());
        assertTrue(failures.keepsFailing());
        assertTrue(failures.lastError().startsWith("could not connect to localhost:" + closedPort),
                failures.lastError());

        mailboxes.save(new Mailbox("hanna", "Hanna", "hanna@reps.example", null, null, null, Instant.now()));
        assertThrows(EffectException.class, () -> channel(closedPort).send(new EmailRequest("exec-h3", "hanna", "c1",
                "s1", "step1", email("S", "B", "NEW_THREAD"), null, null, null, null)));
        assertEquals(3, health.failures("hanna").orElseThrow().count(), "the default mailbox's failure is not hers");

        mailboxes.save(new Mailbox("hanna", "Hanna", "hanna@reps.example", null,
                new MailServer("localhost", REP_SMTP.getSmtp().getPort(), null, null, false), null, Instant.now()));
        channel.send(new EmailRequest("exec-h4", "hanna", "c1", "s1", "step1", email("S", "B", "NEW_THREAD"), null,
                null, null, null));
        assertTrue(health.failures("hanna").isEmpty(), "an email went through: the failures are over");
    }

    @Test
    void twoHundredEmailsGoOverOneConnection() {
        SmtpEmailChannel channel = channel();
        EmailSettings settings = new EmailSettings("Hi $contact.firstName", "<p>Hello <a href=\"https://acme.example\">x</a></p>",
                "NEW_THREAD", null, null, List.of(), List.of(), true, true, true);
        for (int i = 0; i < 200; i++) {
            channel.send(request("bulk-" + i, "c1", settings));
        }
        assertTrue(DEFAULT_SMTP.waitForIncomingEmail(10_000, 200));
        assertEquals(200, DEFAULT_SMTP.getReceivedMessages().length);
        assertEquals(1, channel.connectionsOpened());
        assertEquals("Hi Ada", GreenMailUtil.getHeaders(DEFAULT_SMTP.getReceivedMessages()[199]).lines()
                .filter(l -> l.startsWith("Subject:")).findFirst().orElseThrow().substring(9));
    }

    @Test
    void aBatchSendsAsSingleEmailsDoWithContactsAccountsSendersAndUnsubscribesReadAhead() throws Exception {
        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@acme-sales.example", "<b>Rita</b>", null, null,
                Instant.now()));
        host.add(new HostContact("c3", "Grace@Navy.example", "Grace", "Hopper", null, null, "rita", "a1", Map.of(),
                Map.of()));
        sql.update("INSERT INTO seq_unsubscribe (email, source, unsubscribed_at) VALUES ('grace@navy.example', 'LINK', 0)");
        EmailBatch batch = channel().readAhead(List.of("c1", "c3"), List.of("rita"));
        int lookupsAhead = host.lookups();

        EmailSettings step = new EmailSettings("Hi $contact.firstName from $account.name", "<p>Hi</p>$sender.signature",
                "NEW_THREAD", null, null, List.of(), List.of(), true, true, true);
        SentEmail sent = batch.send(request("exec-b1", "c1", step));
        assertEquals("Hi Ada from Acme", sent.subject());
        assertThrows(RecipientUnsubscribedException.class, () -> batch.send(request("exec-b2", "c3", step)),
                "the unsubscribe list read ahead matches the address in any case");
        assertEquals(lookupsAhead, host.lookups(), "contacts and their account came from the read-ahead");

        // A contact outside the batch is looked up as for a single email.
        EffectException noAddress = assertThrows(EffectException.class,
                () -> batch.send(request("exec-b3", "c2", step)));
        assertTrue(noAddress.getMessage().contains("SEQ-0624"), noAddress.getMessage());
        assertEquals(lookupsAhead + 1, host.lookups());

        MimeMessage message = only(DEFAULT_SMTP, 1);
        assertEquals("<exec-b1@seq.example.com>", message.getMessageID());
        assertEquals("Rita Rep", ((InternetAddress) message.getFrom()[0]).getPersonal(), "the owner's mailbox");
        assertTrue(part(message, "text/html").contains("<b>Rita</b>"));
        Thread.sleep(200);
        assertEquals(1, DEFAULT_SMTP.getReceivedMessages().length, "nothing went to the unsubscribed address");
    }

    private static EmailSettings from(String from, String replyTo) {
        return new EmailSettings("S", "B", "NEW_THREAD", from, replyTo, List.of(), List.of(), false, false, false);
    }

    @Test
    void theDefaultMailboxSendsAsItselfUnlessTheAddressIsInAnAllowedDomain() throws Exception {
        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@acme-sales.example", null, null, null, Instant.now()));
        SmtpEmailChannel strict = channel(DEFAULT_SMTP.getSmtp().getPort(), LOCAL_ALLOWED,
                new SenderAddresses(List.of()));
        strict.send(request("exec-d1", "c1", from("ceo@bank.example", "phish@evil.example")));
        MimeMessage foreign = only(DEFAULT_SMTP, 1);
        assertEquals("team@seq.example.com", ((InternetAddress) foreign.getFrom()[0]).getAddress(),
                "a step's foreign from is not used by the default mailbox");
        assertEquals("rita@acme-sales.example", foreign.getReplyTo()[0].toString(),
                "replies go to the rep, not to a foreign replyTo");

        strict.send(request("exec-d2", "c1", from(null, null)));
        assertEquals("team@seq.example.com", ((InternetAddress) only(DEFAULT_SMTP, 2).getFrom()[0]).getAddress(),
                "nor the rep's own address, which no login of theirs vouches for");

        channel().send(request("exec-d3", "c1", from("sales@acme-sales.example", null)));
        MimeMessage allowed = only(DEFAULT_SMTP, 3);
        assertEquals("sales@acme-sales.example", ((InternetAddress) allowed.getFrom()[0]).getAddress());
        assertEquals("rita@acme-sales.example", allowed.getReplyTo()[0].toString());
    }

    @Test
    void aRepsOwnServerSendsAsTheirAddressWhenTheStepAsksForAForeignOne() throws Exception {
        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@reps.example", null,
                new MailServer("localhost", REP_SMTP.getSmtp().getPort(), null, null, false), null, Instant.now()));
        channel().send(request("exec-o1", "c1", from("ceo@bank.example", "phish@evil.example")));
        MimeMessage message = only(REP_SMTP, 1);
        assertEquals("rita@reps.example", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertNull(message.getHeader("Reply-To"), "no foreign Reply-To header");

        channel().send(request("exec-o2", "c1", from("team@acme-sales.example", "rita@reps.example")));
        assertEquals("team@acme-sales.example", ((InternetAddress) only(REP_SMTP, 2).getFrom()[0]).getAddress());
    }

    @Test
    void aRepsOwnServerOnLoopbackIsRefusedWhenNotListedAndNothingIsSent() throws Exception {
        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@reps.example", null,
                new MailServer("localhost", REP_SMTP.getSmtp().getPort(), null, null, false), null, Instant.now()));
        SmtpEmailChannel nothingListed = channel(DEFAULT_SMTP.getSmtp().getPort(), MailHostPolicy.of(List.of()),
                REPS_DOMAIN);
        EffectException refused = assertThrows(EffectException.class,
                () -> nothingListed.send(request("exec-r1", "c1", from(null, null))));
        assertFalse(refused.isRetryable());
        assertTrue(refused.getMessage().contains("not allowed"), refused.getMessage());
        assertEquals(0, REP_SMTP.getReceivedMessages().length);

        mailboxes.save(new Mailbox("rita", "Rita Rep", "rita@reps.example", null, null, null, Instant.now()));
        nothingListed.send(request("exec-r2", "c1", from(null, null)));
        assertEquals(1, only(DEFAULT_SMTP, 1).getAllRecipients().length, "the default mailbox is trusted");
    }
}
