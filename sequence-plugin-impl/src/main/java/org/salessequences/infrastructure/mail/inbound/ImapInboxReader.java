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
import org.salessequences.log.LogId;

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
    /** Messages whose envelopes are fetched in one IMAP command. */
    static final int FETCH_BATCH = 100;

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
        Store store = connect(server, policy);
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

    /**
     * Connects and logs in as {@link #read} would, then leaves: a check of the settings.
     *
     * @throws MessagingException as {@link #read} would report it
     */
    public static void connectOnce(MailServer server, MailHostPolicy policy) throws MessagingException {
        connect(server, policy).close();
    }

    private static Store connect(MailServer server, MailHostPolicy policy) throws MessagingException {
        Properties properties = new Properties();
        String protocol = server.secure() ? "imaps" : "imap";
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        GuardedSockets.guard(properties, MailProtocol.IMAP, policy);
        // A returned message/rfc822 part that is quoted-printable or base64 is decoded, so its headers can be read.
        properties.setProperty("mail.mime.allowencodedmessages", "true");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(server.host(), server.port(), server.username(), server.password());
        return store;
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
            FetchProfile uidsOnly = new FetchProfile();
            uidsOnly.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(messages, uidsOnly);
        }
        // The UIDs came with the messages (UID FETCH); envelopes and structure are fetched a batch at a time, so a
        // flood of new messages is never held in memory at once.
        long readUpTo = continuing ? from.lastUid() : 0;
        long lastUid = readUpTo;
        long[] sorted = Arrays.stream(messages).mapToLong(message -> uid(uids, message)).sorted().toArray();
        int handled = 0;
        for (int start = 0; start < sorted.length && handled < MAX_PER_READ; start += FETCH_BATCH) {
            long[] batch = Arrays.stream(sorted, start, Math.min(sorted.length, start + FETCH_BATCH))
                    // "UID n:*" always returns the newest message, even when its UID is below n.
                    .filter(uid -> uid > readUpTo).limit(MAX_PER_READ - handled).toArray();
            if (batch.length == 0) {
                continue;
            }
            Message[] fetched = uids.getMessagesByUID(batch);
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.CONTENT_INFO);
            profile.add(FetchProfile.Item.ENVELOPE);
            inbox.fetch(fetched, profile);
            for (Message message : fetched) {
                if (message != null) {
                    handle(handler, (MimeMessage) message);
                }
            }
            handled += batch.length;
            lastUid = batch[batch.length - 1];
        }
        return new Position(validity, lastUid);
    }

    private static void handle(MessageHandler handler, MimeMessage message) throws MessagingException {
        try {
            handler.handle(message);
        } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
            // The connection, not the message: the read stops here and the next poll starts from this message.
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e.getCause() instanceof jakarta.mail.FolderClosedException closed) {
                throw closed;
            }
            // One unreadable message must not hold up every message after it.
            LOG.warning(
                    LogId.INBOX_MESSAGE_UNREADABLE + " an inbox message could not be read and was skipped: " + e);
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
