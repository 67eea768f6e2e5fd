package org.salessequences.infrastructure.mail.inbound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    private static final Session SESSION;

    static {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowencodedmessages", "true");
        SESSION = Session.getInstance(properties);
    }

    private LocalCopy() {
    }

    public static MimeMessage of(MimeMessage message) throws MessagingException, IOException {
        Capped out = new Capped();
        try {
            message.writeTo(out);
        } catch (Full e) {
            // Cut at the cap, as said above.
        }
        return new MimeMessage(SESSION, new ByteArrayInputStream(out.bytes.toByteArray()));
    }

    /** Thrown to stop reading a message at the cap. */
    private static final class Full extends IOException {
        Full() {
            super("message over " + MAX_BYTES + " bytes", null);
        }
    }

    private static final class Capped extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            int room = MAX_BYTES - bytes.size();
            bytes.write(data, offset, Math.min(room, length));
            if (length > room) {
                throw new Full();
            }
        }
    }
}
