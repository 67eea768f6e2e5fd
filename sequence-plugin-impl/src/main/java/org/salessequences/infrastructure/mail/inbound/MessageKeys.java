package org.salessequences.infrastructure.mail.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * What names an inbox message across UIDVALIDITY changes: its Message-ID, or for a message without one (some
 * reports have none) a digest of the headers that do not change when a server copies it (date, sender, subject).
 */
final class MessageKeys {

    private static final int MAX_KEY = 255;

    private MessageKeys() {
    }

    static String of(MimeMessage message) throws MessagingException {
        List<String> ids = InboundMailClassifier.messageIds(message.getHeader("Message-ID", " "));
        if (!ids.isEmpty() && ids.get(0).length() <= MAX_KEY) {
            return ids.get(0);
        }
        String headers = String.join("\n", String.valueOf(message.getHeader("Date", " ")),
                String.valueOf(message.getHeader("From", " ")), String.valueOf(message.getHeader("To", " ")),
                String.valueOf(message.getHeader("Subject", " ")));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(headers.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
