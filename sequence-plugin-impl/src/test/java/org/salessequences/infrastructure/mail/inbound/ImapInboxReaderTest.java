package org.salessequences.infrastructure.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore.Position;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Reads a real IMAP inbox (GreenMail) a batch at a time: a flood, and a message over the cap. */
class ImapInboxReaderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final MailHostPolicy HOSTS = MailHostPolicy.of(List.of("localhost"));
    private GreenMailUser rita;
    private MailServer server;

    @BeforeEach
    void mailbox() {
        rita = MAIL.setUser("rita@acme-sales.example", "rita", "imap-pw");
        server = new MailServer("localhost", MAIL.getImap().getPort(), "rita", "imap-pw", false);
    }

    private static MimeMessage mail(String subject, String body) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom("ada@acme.example");
        message.setRecipients(Message.RecipientType.TO, "rita@acme-sales.example");
        message.setSubject(subject);
        message.setText(body);
        message.saveChanges();
        return message;
    }

    private Position read(Position from, List<String> subjects) throws Exception {
        return ImapInboxReader.read(server, HOSTS, from, message -> subjects.add(message.getSubject()));
    }

    @Test
    void aFloodIsReadOnceOldestFirstAtMostOnePollsWorthAtATime() throws Exception {
        Position upToDate = read(new Position(null, null), new ArrayList<>());
        int flood = ImapInboxReader.MAX_PER_READ + 20;
        for (int i = 0; i < flood; i++) {
            rita.deliver(mail("Re: " + i, "Thanks!"));
        }

        List<String> first = new ArrayList<>();
        Position afterFirst = read(upToDate, first);
        List<String> second = new ArrayList<>();
        Position afterSecond = read(afterFirst, second);
        List<String> third = new ArrayList<>();
        read(afterSecond, third);

        assertEquals(IntStream.range(0, ImapInboxReader.MAX_PER_READ).mapToObj(i -> "Re: " + i).toList(), first);
        assertEquals(IntStream.range(ImapInboxReader.MAX_PER_READ, flood).mapToObj(i -> "Re: " + i).toList(), second);
        assertEquals(List.of(), third, "nothing is read twice");
    }

    @Test
    void newMessagesAfterALongGapOfDeletedOnesAreFound() throws Exception {
        Position upToDate = read(new Position(null, null), new ArrayList<>());
        int deleted = 3 * ImapInboxReader.MAX_PER_READ;
        for (int i = 0; i < deleted + 3; i++) {
            rita.deliver(mail(i < deleted ? "deleted" : "Re: " + i, "Thanks!"));
        }
        delete(1, deleted);

        List<String> subjects = new ArrayList<>();
        Position afterGap = read(upToDate, subjects);

        assertEquals(List.of("Re: " + deleted, "Re: " + (deleted + 1), "Re: " + (deleted + 2)), subjects);
        assertEquals(deleted + 3, afterGap.lastUid());

        // A gap at the end is looked through once: the position passes it.
        for (int i = 0; i < ImapInboxReader.MAX_PER_READ * 2; i++) {
            rita.deliver(mail("deleted", "Thanks!"));
        }
        delete(4, 3 + ImapInboxReader.MAX_PER_READ * 2);
        assertEquals(deleted + 3 + ImapInboxReader.MAX_PER_READ * 2, read(afterGap, subjects).lastUid());
        assertEquals(3, subjects.size(), "nothing more was read");
    }

    /** Deletes the messages numbered {@code first} to {@code last} for good, as a mail client does. */
    private void delete(int first, int last) throws Exception {
        jakarta.mail.Store store = SESSION.getStore("imap");
        store.connect("localhost", MAIL.getImap().getPort(), "rita", "imap-pw");
        jakarta.mail.Folder inbox = store.getFolder("INBOX");
        inbox.open(jakarta.mail.Folder.READ_WRITE);
        inbox.setFlags(first, last, new jakarta.mail.Flags(jakarta.mail.Flags.Flag.DELETED), true);
        inbox.close(true);
        store.close();
    }

    @Test
    void aMessageOverTheCapArrivesCutWithItsHeadersAndTheMessagesAfterItToo() throws Exception {
        rita.deliver(mail("before", "short"));
        MimeMessage large = mail("large", "x".repeat(LocalCopy.MAX_BYTES + LocalCopy.MAX_BYTES / 2));
        large.setHeader("Message-ID", "<large@acme.example>");
        rita.deliver(large);
        rita.deliver(mail("after", "short"));

        List<MimeMessage> read = new ArrayList<>();
        ImapInboxReader.read(server, HOSTS, new Position(null, null), read::add);

        assertEquals(List.of("before", "large", "after"), read.stream().map(ImapInboxReaderTest::subject).toList());
        MimeMessage cut = read.get(1);
        assertEquals("<large@acme.example>", cut.getMessageID());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        cut.writeTo(bytes);
        assertTrue(bytes.size() <= LocalCopy.MAX_BYTES + 1024, "cut at the cap: " + bytes.size());
        assertTrue(bytes.size() > LocalCopy.MAX_BYTES / 2, "as much as the cap allows: " + bytes.size());
        assertEquals("short", read.get(2).getContent().toString().trim());
    }

    @Test
    void aBatchHoldsAtMostFetchBatchMessagesAndFetchBytes() throws Exception {
        Message[] small = new Message[ImapInboxReader.FETCH_BATCH + 50];
        java.util.Arrays.fill(small, sized(1_000));
        assertEquals(ImapInboxReader.FETCH_BATCH, ImapInboxReader.batchEnd(small, 0));
        assertEquals(small.length, ImapInboxReader.batchEnd(small, ImapInboxReader.FETCH_BATCH));

        // Each counts at the cap, what the server sends of it; a batch takes as many as FETCH_BYTES holds.
        Message[] large = new Message[6];
        java.util.Arrays.fill(large, sized(LocalCopy.MAX_BYTES * 3 / 2));
        int perBatch = (int) (ImapInboxReader.FETCH_BYTES / LocalCopy.MAX_BYTES);
        assertEquals(perBatch, ImapInboxReader.batchEnd(large, 0));
        assertEquals(large.length, ImapInboxReader.batchEnd(large, perBatch));
    }

    private static MimeMessage sized(int bodyBytes) throws Exception {
        byte[] raw = ("Subject: s\r\n\r\n" + "x".repeat(bodyBytes)).getBytes(StandardCharsets.US_ASCII);
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
