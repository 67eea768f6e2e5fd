package org.salessequences.infrastructure.mail.inbound;

import java.io.IOException;
import java.util.Arrays;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;

import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailProtocol;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.infrastructure.mail.guard.GuardedSockets;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore.Position;

/**
 * Reads the messages that arrived in an IMAP inbox since the last UID seen, oldest first, without changing the
 * mailbox (the folder is opened read-only, so nothing is even marked seen). When the folder's UIDVALIDITY changed,
 * or on the first read, only the newest {@link #FIRST_READ} messages are looked at. The inbox is a rep's own
 * server: it is reached only where the {@link MailHostPolicy} allows.
 */
public final class ImapInboxReader {

    /** Messages looked at when there is no valid position: replies to recent emails, not the whole archive. */
    static final int FIRST_READ = 200;
    /** Most messages read in one poll, so a flood is worked through over several polls. */
    static final int MAX_PER_READ = 500;

    /** Called with each new message; a failure for one message is its own and does not stop the read. */
    @FunctionalInterface
    public interface MessageHandler {
        void handle(MimeMessage message) throws MessagingException, IOException;
    }

    private static final Logger LOG = Logger.getLogger(ImapInboxReader.class.getName());

    private ImapInboxReader() {
    }

    /**
     * @return the position after the messages read
     * @throws MessagingException as Jakarta Mail reports it; with a
     *                            {@link org.salessequences.domain.model.mailbox.MailHostRefusedException} in its
     *                            chain when the policy refused the server
     */
    public static Position read(MailServer server, MailHostPolicy policy, Position from, MessageHandler handler)
            throws MessagingException {
        Properties properties = new Properties();
        String protocol = server.secure() ? "imaps" : "imap";
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        GuardedSockets.guard(properties, MailProtocol.IMAP, policy);
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(server.host(), server.port(), server.username(), server.password());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return readOpen(inbox, (UIDFolder) inbox, from, handler);
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static Position readOpen(Folder inbox, UIDFolder uids, Position from, MessageHandler handler)
            throws MessagingException {
        long validity = uids.getUIDValidity();
        boolean continuing = from.lastUid() != null && from.uidValidity() != null && from.uidValidity() == validity;
        Message[] messages;
        if (continuing) {
            messages = uids.getMessagesByUID(from.lastUid() + 1, UIDFolder.LASTUID);
        } else {
            int count = inbox.getMessageCount();
            messages = count == 0 ? new Message[0] : inbox.getMessages(Math.max(1, count - FIRST_READ + 1), count);
        }
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(FetchProfile.Item.ENVELOPE);
        inbox.fetch(messages, profile);
        long lastUid = continuing ? from.lastUid() : 0;
        long[] sorted = Arrays.stream(messages).mapToLong(message -> uid(uids, message)).sorted().toArray();
        int handled = 0;
        for (long uid : sorted) {
            // "UID n:*" always returns the newest message, even when its UID is below n.
            if (uid <= lastUid) {
                continue;
            }
            if (handled++ == MAX_PER_READ) {
                break;
            }
            handle(handler, (MimeMessage) uids.getMessageByUID(uid));
            lastUid = uid;
        }
        return new Position(validity, lastUid);
    }

    private static void handle(MessageHandler handler, MimeMessage message) {
        try {
            handler.handle(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            // One unreadable message must not hold up every message after it.
            LOG.warning(
                    "SEQ-0651 an inbox message could not be read and was skipped: " + e);
        }
    }

    private static long uid(UIDFolder uids, Message message) {
        try {
            return uids.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("the IMAP server gave no UID", e);
        }
    }
}
