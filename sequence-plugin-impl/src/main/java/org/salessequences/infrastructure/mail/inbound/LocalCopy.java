package org.salessequences.infrastructure.mail.inbound;

import java.io.InputStream;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * An inbox message read once, whole, into memory (up to {@link #MAX_BYTES}) and parsed here: the classifier then
 * reads parts without one IMAP round trip each, and sees every part as the sender wrote it (servers differ in what
 * they return for a part inside a {@code message/rfc822}). A longer message is cut: what tells a report from a reply
 * is in its first part and headers, and a returned attachment is not needed.
 */
public final class LocalCopy {

    static final int MAX_BYTES = 1024 * 1024;
    /** What the server is asked for: the message's first {@link #MAX_BYTES}, without marking it seen. */
    static final String FETCH_ITEM = "BODY.PEEK[]<0." + MAX_BYTES + ">";
    private static final Session SESSION;

    static {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowencodedmessages", "true");
        SESSION = Session.getInstance(properties);
    }

    private LocalCopy() {
    }

    /** @param bytes the message as the server sent it, at most {@link #MAX_BYTES} */
    static MimeMessage of(InputStream bytes) throws MessagingException {
        return new MimeMessage(SESSION, bytes);
    }
}
