package org.salessequences.infrastructure.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The MIME message of one email: headers for sender, recipients, threading and one-click unsubscribe, and the
 * HTML body with its plain-text alternative.
 *
 * @param messageId      the Message-ID, with angle brackets
 * @param from           From address
 * @param fromName       From display name, may be {@code null}
 * @param to             the contact's address
 * @param cc             carbon copies
 * @param bcc            blind carbon copies
 * @param replyTo        Reply-To, may be {@code null}
 * @param subject        the subject
 * @param html           the HTML body, tracking included
 * @param text           its plain-text alternative
 * @param inReplyTo      the previous email's Message-ID for a reply in its thread, may be {@code null}
 * @param unsubscribeUrl the one-click unsubscribe URL, may be {@code null}
 * @param sentAt         the Date header
 */
record OutgoingEmail(String messageId, String from, String fromName, String to, List<String> cc, List<String> bcc,
                     String replyTo, String subject, String html, String text, String inReplyTo,
                     String unsubscribeUrl, Instant sentAt) {

    /** Composing needs no server: one session without properties serves every message. */
    private static final Session COMPOSING = Session.getInstance(new Properties());

    /** @throws AddressException when an address does not parse (a permanent failure) */
    MimeMessage toMime() throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(COMPOSING, messageId);
        try {
            message.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setRecipients(Message.RecipientType.CC, addresses(cc));
        message.setRecipients(Message.RecipientType.BCC, addresses(bcc));
        if (replyTo != null && !replyTo.isBlank()) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sentAt));
        if (inReplyTo != null && !inReplyTo.isBlank()) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        if (unsubscribeUrl != null) {
            // RFC 8058: a POST to this URL with List-Unsubscribe=One-Click unsubscribes without a further step.
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", plain, rich));
        message.saveChanges();
        return message;
    }

    private static InternetAddress[] addresses(List<String> values) throws AddressException {
        if (values == null || values.isEmpty()) {
            return null;
        }
        InternetAddress[] addresses = new InternetAddress[values.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(values.get(i), true);
        }
        return addresses;
    }

    /** Keeps the Message-ID given instead of the random one Jakarta Mail writes on every save. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String id;

        FixedIdMimeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
