package org.salessequences.infrastructure.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.infrastructure.mail.RecordingEmailEvents;
import org.salessequences.infrastructure.mail.RecordingEmailEvents.Call;
import org.salessequences.infrastructure.mail.RecordingInboundEffects;
import org.salessequences.infrastructure.persistence.jdbc.JdbcInboxSeen;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.Sql;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.infrastructure.security.SecretCipher;
import org.salessequences.infrastructure.time.ApplicationClock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Reads a real IMAP inbox (GreenMail) with a reply, a bounce, an out-of-office and unrelated mail in it. */
class InboxPollerTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String SENT_1 = "<exec-1@seq.example.com>";
    private static final String SENT_2 = "<exec-2@seq.example.com>";
    private static final String SENT_3 = "<exec-3@seq.example.com>";

    private final Sql sql = new Sql(TestDatabases.h2());
    private final JdbcMailboxRepository mailboxes = new JdbcMailboxRepository(sql, new SecretCipher("k"));
    private final RecordingEmailEvents events = new RecordingEmailEvents(Set.of(SENT_1, SENT_2, SENT_3));
    private final InboxPoller poller = new InboxPoller(mailboxes, new JdbcMailboxPollStore(sql), events,
            new ApplicationClock(), MailHostPolicy.of(List.of("localhost")), new RecordingInboundEffects(events),
            JdbcInboxSeen.on(sql));
    private GreenMailUser rita;

    @BeforeEach
    void mailbox() {
        rita = MAIL.setUser("rita@acme-sales.example", "rita", "imap-pw");
        mailboxes.save(new Mailbox("rita", "Rita", "rita@acme-sales.example", null, null,
                new MailServer("localhost", MAIL.getImap().getPort(), "rita", "imap-pw", false), Instant.now()));
    }

    private static MimeMessage mail(String subject, String inReplyTo, String references) throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom("ada@acme.example");
        message.setRecipients(MimeMessage.RecipientType.TO, "rita@acme-sales.example");
        message.setSubject(subject);
        message.setText("Thanks!");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
        }
        if (references != null) {
            message.setHeader("References", references);
        }
        message.saveChanges();
        return message;
    }

    /** An RFC 3464 report as mail servers send it: human part, delivery-status, returned headers. */
    static MimeMessage deliveryReport(String originalMessageId, String action, String status)
            throws MessagingException {
        MimeMessage report = new MimeMessage(SESSION);
        report.setFrom("MAILER-DAEMON@mx.acme.example");
        report.setRecipients(MimeMessage.RecipientType.TO, "rita@acme-sales.example");
        report.setSubject("Undelivered Mail Returned to Sender");
        report.setHeader("Auto-Submitted", "auto-replied");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.");
        MimeBodyPart status1 = new MimeBodyPart();
        status1.setContent("Reporting-MTA: dns; mx.acme.example\r\n\r\n"
                + "Final-Recipient: rfc822; nobody@acme.example\r\nAction: " + action + "\r\nStatus: " + status
                + "\r\nDiagnostic-Code: smtp; 550 5.1.1 <nobody@acme.example>: user unknown\r\n", "text/plain");
        status1.setHeader("Content-Type", "message/delivery-status");
        MimeBodyPart returned = new MimeBodyPart();
        returned.setContent("From: rita@acme-sales.example\r\nTo: nobody@acme.example\r\nSubject: Hi\r\n"
                + "Message-ID: " + originalMessageId + "\r\n", "text/plain");
        returned.setHeader("Content-Type", "text/rfc822-headers");
        MimeMultipart parts = new MimeMultipart("report", human, status1, returned);
        report.setContent(parts);
        report.saveChanges();
        report.setHeader("Content-Type", report.getContentType() + "; report-type=delivery-status");
        return report;
    }

    @Test
    void reportsRepliesAndBouncesButNotAutoRepliesOrUnrelatedMail() throws Exception {
        rita.deliver(mail("Re: Hi Ada", SENT_1, "<older@x.example> " + SENT_1));
        rita.deliver(deliveryReport(SENT_2, "failed", "5.1.1"));
        MimeMessage outOfOffice = mail("Out of Office: Hi Ada", SENT_3, SENT_3);
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        rita.deliver(outOfOffice);
        MimeMessage vacation = mail("Re: Hi Ada", SENT_3, null);
        vacation.setHeader("X-Autoreply", "yes");
        rita.deliver(vacation);
        rita.deliver(mail("Lunch?", null, null));
        rita.deliver(deliveryReport(SENT_3, "delayed", "4.4.7"));

        assertTrue(poller.poll("rita"));

        assertEquals(List.of(new Call("replied", SENT_1 + " <older@x.example>", null),
                new Call("bounced", SENT_2, "smtp; 550 5.1.1 <nobody@acme.example>: user unknown")), events.calls);
    }

    @Test
    void eachMessageIsReadOnceAcrossPolls() throws Exception {
        rita.deliver(mail("Re: one", SENT_1, null));
        assertTrue(poller.poll("rita"));
        assertTrue(poller.poll("rita"));
        assertEquals(1, events.calls.size(), "the second poll finds nothing new");

        rita.deliver(mail("Re: two", SENT_2, null));
        poller.pollAll();
        assertEquals(List.of(new Call("replied", SENT_1, null), new Call("replied", SENT_2, null)), events.calls);
    }

    @Test
    void aMessageIsReadOnceEvenWhenTheFolderUidValidityChanges() throws Exception {
        rita.deliver(mail("Re: one", SENT_1, null));
        assertTrue(poller.poll("rita"));
        // As after a server migration: the stored position no longer matches, so the newest messages are offered again.
        sql.update("UPDATE seq_mailbox_poll SET uid_validity = uid_validity + 1 WHERE owner_id = 'rita'");
        rita.deliver(mail("Re: two", SENT_2, null));
        assertTrue(poller.poll("rita"));
        assertEquals(List.of(new Call("replied", SENT_1, null), new Call("replied", SENT_2, null)), events.calls);
    }

    @Test
    void anOutOfOfficeWithAReturnDateIsReportedWithIt() throws Exception {
        MimeMessage outOfOffice = mail("Automatic reply: Hi Ada", SENT_3, null);
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        outOfOffice.setText("I am out of the office until 2026-03-12 and will answer when I am back.");
        outOfOffice.setSentDate(java.util.Date.from(Instant.parse("2026-03-04T09:00:00Z")));
        rita.deliver(outOfOffice);
        InboxPoller early = new InboxPoller(mailboxes, new JdbcMailboxPollStore(sql), events,
                new org.salessequences.infrastructure.time.ApplicationClock() {
                    @Override
                    public Instant now() {
                        return Instant.parse("2026-03-04T09:01:00Z");
                    }
                }, MailHostPolicy.of(List.of("localhost")), new RecordingInboundEffects(events),
                JdbcInboxSeen.on(sql));
        assertTrue(early.poll("rita"));
        assertEquals(List.of(new Call("outOfOffice", SENT_3, "2026-03-12")), events.calls);
    }

    @Test
    void realReportsReadOverImapAreTheirKindWithTheirRecipient() throws Exception {
        rita.deliver(corpus("arf-01.eml", "redacted@example.net", "ada@acme.example"));
        rita.deliver(corpus("lhost-qmail-01.eml", "kijitora@example.ne.jp", "bob@acme.example"));
        assertTrue(poller.poll("rita"));
        assertEquals(List.of(new Call("complained", null, "ada@acme.example"),
                new Call("bounced", "<000000000.9999999999999.JavaMail.postmaster@mailhub>",
                        events.calls.get(1).detail())), events.calls);
    }

    private static MimeMessage corpus(String sample, String placeholder, String address) throws Exception {
        String text = java.nio.file.Files.readString(BounceCorpus.root().resolve("sisimai").resolve(sample),
                java.nio.charset.StandardCharsets.ISO_8859_1).replace(placeholder, address);
        return new MimeMessage(SESSION, new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aWrongPasswordIsRecordedAndReadsNothing() throws Exception {
        mailboxes.save(new Mailbox("rita", "Rita", "rita@acme-sales.example", null, null,
                new MailServer("localhost", MAIL.getImap().getPort(), "rita", "wrong", false), Instant.now()));
        rita.deliver(mail("Re: one", SENT_1, null));
        assertFalse(poller.poll("rita"));
        assertTrue(events.calls.isEmpty());
        String error = sql.first("SELECT last_error FROM seq_mailbox_poll WHERE owner_id = 'rita'",
                row -> row.getString(1)).orElseThrow();
        assertFalse(error.contains("wrong"), "the password is not in the recorded error: " + error);
        assertTrue(error.matches("SEQ-0650 the mail server refused the login \\(incident [0-9a-f]{8}\\)"), error);
    }

    @Test
    void anInboxOnLoopbackIsNotReadUnlessListed() throws Exception {
        rita.deliver(mail("Re: one", SENT_1, null));
        InboxPoller strict = new InboxPoller(mailboxes, new JdbcMailboxPollStore(sql), events, new ApplicationClock(),
                MailHostPolicy.of(List.of()), new RecordingInboundEffects(events), JdbcInboxSeen.on(sql));
        assertFalse(strict.poll("rita"));
        assertTrue(events.calls.isEmpty());
        String error = sql.first("SELECT last_error FROM seq_mailbox_poll WHERE owner_id = 'rita'",
                row -> row.getString(1)).orElseThrow();
        assertTrue(error.startsWith("SEQ-0650 the mailbox's server is not allowed: localhost ("), error);
    }
}
