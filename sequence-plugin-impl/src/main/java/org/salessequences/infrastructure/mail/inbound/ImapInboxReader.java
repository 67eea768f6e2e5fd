package org.salessequences.infrastructure.mail.inbound;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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

import org.eclipse.angus.mail.imap.IMAPFolder;

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
    /** Widest range of UIDs looked for new messages in one command (after empty ones: see {@link #newSince}). */
    static final long MAX_WINDOW = 64L * MAX_PER_READ;
    /** Most messages fetched in one IMAP command. */
    static final int FETCH_BATCH = 100;
    /**
     * Most bytes of messages fetched in one IMAP command (each counts at most {@link LocalCopy#MAX_BYTES}): what the
     * reader holds at once, whatever the flood.
     */
    static final long FETCH_BYTES = 4L * LocalCopy.MAX_BYTES;

    /**
     * Called with each new message, a {@link LocalCopy} (read already: looking into it costs no round trip); a failure
     * for one message is its own and does not stop the read.
     */
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
                return readOpen((IMAPFolder) inbox, from, handler);
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

    private static Position readOpen(IMAPFolder inbox, Position from, MessageHandler handler)
            throws MessagingException {
        long validity = inbox.getUIDValidity();
        boolean continuing = from.lastUid() != null && from.uidValidity() != null && from.uidValidity() == validity;
        Message[] messages;
        // Every UID up to this one was looked at: one not found is gone for good (UIDs are never given again).
        long scanned = 0;
        if (continuing) {
            NewMessages fresh = newSince(inbox, from.lastUid());
            messages = fresh.messages();
            scanned = fresh.scannedUpTo();
        } else {
            int count = inbox.getMessageCount();
            messages = count == 0 ? new Message[0] : inbox.getMessages(Math.max(1, count - FIRST_READ + 1), count);
            FetchProfile uidsOnly = new FetchProfile();
            uidsOnly.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(messages, uidsOnly);
        }
        long readUpTo = continuing ? from.lastUid() : 0;
        Message[] unread = Arrays.stream(messages)
                // "UID n:*" always returns the newest message, even when its UID is below n.
                .filter(message -> uid(inbox, message) > readUpTo)
                .sorted(Comparator.comparingLong(message -> uid(inbox, message))).toArray(Message[]::new);
        Message[] toRead = Arrays.copyOf(unread, Math.min(unread.length, MAX_PER_READ));
        // The sizes say how many messages make a batch that stays within FETCH_BYTES.
        FetchProfile sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        inbox.fetch(toRead, sizes);
        long lastUid = readUpTo;
        for (int start = 0; start < toRead.length; ) {
            int end = batchEnd(toRead, start);
            long[] batch = Arrays.stream(toRead, start, end).mapToLong(message -> uid(inbox, message)).toArray();
            read(inbox, batch, handler);
            lastUid = batch[batch.length - 1];
            start = end;
        }
        // Past a gap of deleted messages at the end, so the next poll does not look through it again.
        return new Position(validity, toRead.length < unread.length ? lastUid : Math.max(lastUid, scanned));
    }

    /** New messages, and the UID up to which they were looked for. */
    private record NewMessages(Message[] messages, long scannedUpTo) {
    }

    /**
     * The messages after {@code lastUid}, looked for a window of UIDs at a time ({@code UID FETCH a:b (UID)}) until
     * {@link #MAX_PER_READ} are found or UIDNEXT is reached: a flood of new messages is never listed whole.
     */
    private static NewMessages newSince(IMAPFolder inbox, long lastUid) throws MessagingException {
        long uidNext = inbox.getUIDNext();
        if (uidNext < 0) {
            // A server that names no UIDNEXT (IMAP4rev1 requires it): everything since, in one list.
            return new NewMessages(inbox.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID), lastUid);
        }
        List<Message> found = new java.util.ArrayList<>();
        long width = MAX_PER_READ;
        long low = lastUid + 1;
        while (low < uidNext && found.size() < MAX_PER_READ) {
            long high = Math.min(uidNext - 1, low + width - 1);
            Message[] window = inbox.getMessagesByUID(low, high);
            found.addAll(Arrays.asList(window));
            low = high + 1;
            // Deleted messages leave gaps in the UIDs: an empty window makes the next one wider, up to a bound, so a
            // long gap takes few commands and a window never lists more than that bound.
            width = window.length == 0 ? Math.min(width * 2, MAX_WINDOW) : MAX_PER_READ;
        }
        return new NewMessages(found.toArray(Message[]::new), low - 1);
    }

    /** @return the end of the batch that starts at {@code start}: FETCH_BATCH messages, or fewer to stay in bytes */
    static int batchEnd(Message[] messages, int start) throws MessagingException {
        long bytes = 0;
        int end = start;
        while (end < messages.length && end - start < FETCH_BATCH) {
            int size = messages[end].getSize();
            // A message of unknown size counts at the cap, as does a longer one: the server sends at most that.
            long fetched = size < 0 ? LocalCopy.MAX_BYTES : Math.min(size, LocalCopy.MAX_BYTES);
            if (end > start && bytes + fetched > FETCH_BYTES) {
                break;
            }
            bytes += fetched;
            end++;
        }
        return end;
    }

    private static void read(IMAPFolder inbox, long[] batch, MessageHandler handler) throws MessagingException {
        List<BatchFetch.Fetched> fetched;
        try {
            fetched = BatchFetch.of(inbox, batch);
        } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
            // The connection, not the messages: the read stops here and the next poll starts from this batch.
            throw e;
        } catch (MessagingException e) {
            if (batch.length == 1) {
                LOG.warning(LogId.INBOX_MESSAGE_UNREADABLE + " inbox message " + batch[0]
                        + " could not be read and was skipped: " + e);
                return;
            }
            // The server refused the batch, maybe for one message in it: each is asked for on its own, so that one
            // unreadable message does not hold up every message after it.
            for (long uid : batch) {
                read(inbox, new long[] {uid}, handler);
            }
            return;
        }
        for (int i = 0; i < fetched.size(); i++) {
            handle(handler, fetched.get(i));
            // Only the batch not yet handled is held.
            fetched.set(i, null);
        }
    }

    private static void handle(MessageHandler handler, BatchFetch.Fetched fetched) {
        try {
            handler.handle(LocalCopy.of(fetched.bytes()));
        } catch (MessagingException | IOException | RuntimeException e) {
            // One unreadable message must not hold up every message after it.
            LOG.warning(LogId.INBOX_MESSAGE_UNREADABLE + " inbox message " + fetched.uid()
                    + " could not be read and was skipped: " + e);
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
