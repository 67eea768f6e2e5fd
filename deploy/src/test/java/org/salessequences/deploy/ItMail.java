package org.salessequences.deploy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The GreenMail server the ITs' Payara sends through: its default SMTP mailbox is configured to this port
 * (arquillian.xml), and reps' own mailboxes can point at it too.
 */
final class ItMail {

    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3025);
    static final int IMAP_PORT = Integer.getInteger("it.imap.port", 3143);

    private ItMail() {
    }

    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup[]{new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"),
                new ServerSetup(IMAP_PORT, "127.0.0.1", "imap")}).withPerMethodLifecycle(false);
    }

    /** Waits until {@code count} messages to addresses ending in {@code suffix} arrived; their Message-IDs by recipient. */
    static Map<String, String> messageIdsByRecipient(GreenMailExtension mail, int count, String suffix) {
        Map<String, String> ids = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ids.clear();
            for (MimeMessage message : mail.getReceivedMessages()) {
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().endsWith(suffix)) {
                        ids.put(recipient.toString(), messageId(message));
                    }
                }
            }
            return ids.size() >= count;
        });
        return ids;
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
