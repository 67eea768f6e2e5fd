package org.salessequences.infrastructure.mail.inbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Tells replies from bounces from auto-replies. A bounce is an RFC 3464 delivery status notification
 * ({@code multipart/report; report-type=delivery-status}) with a recipient that {@code failed} (or a 5.x.x
 * status); the Message-ID of the bounced email comes from the returned message or headers. An auto-reply
 * (out-of-office and the like: RFC 3834's {@code Auto-Submitted}, the common {@code X-Autoreply},
 * {@code X-Autorespond}, {@code Precedence} values, typical subjects) is never a reply.
 */
public final class InboundMailClassifier {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^\\s*(auto:|automatic reply|auto[- ]?reply|autoresponse|out of (the )?office|ooo\\b|abwesenheitsnotiz"
                    + "|r[ée]ponse automatique|respuesta autom[áa]tica)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_STATUS_BYTES = 64 * 1024;
    private static final Set<String> AUTO_PRECEDENCE = Set.of("auto_reply", "bulk", "junk", "list");

    private InboundMailClassifier() {
    }

    public static InboundMail classify(MimeMessage message) throws MessagingException, IOException {
        if (isDeliveryReport(message)) {
            return bounce(message);
        }
        String autoReply = autoReplySign(message);
        if (autoReply != null) {
            return new InboundMail.Ignored("auto-reply (" + autoReply + ")");
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(messageIds(message.getHeader("In-Reply-To", " ")));
        ids.addAll(messageIds(message.getHeader("References", " ")));
        return ids.isEmpty() ? new InboundMail.Ignored("refers to no earlier email")
                : new InboundMail.Reply(new ArrayList<>(ids));
    }

    /** The Message-IDs in a header value, with their angle brackets. */
    static List<String> messageIds(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static boolean isDeliveryReport(MimeMessage message) throws MessagingException {
        if (!message.isMimeType("multipart/report")) {
            return false;
        }
        String reportType = new ContentType(message.getContentType()).getParameter("report-type");
        return reportType != null && reportType.equalsIgnoreCase("delivery-status");
    }

    private static InboundMail bounce(MimeMessage message) throws MessagingException, IOException {
        // Parsed from the raw parts rather than through getContent(), whose objects depend on the mail
        // implementation's handlers for message/delivery-status.
        MimeMultipart report = new MimeMultipart(message.getDataHandler().getDataSource());
        String diagnostic = null;
        boolean failed = false;
        String original = null;
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                for (InternetHeaders fields : statusBlocks(part)) {
                    String action = fields.getHeader("Action", null);
                    String status = fields.getHeader("Status", null);
                    boolean recipientFailed = (action != null && action.strip().equalsIgnoreCase("failed"))
                            || (status != null && status.strip().startsWith("5"));
                    if (recipientFailed) {
                        failed = true;
                        String code = fields.getHeader("Diagnostic-Code", null);
                        diagnostic = diagnostic != null ? diagnostic
                                : (code != null ? code.strip() : "status " + (status == null ? "unknown" : status.strip()));
                    }
                }
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
                    || part.isMimeType("message/rfc822-headers")) {
                original = originalMessageId(part);
            }
        }
        if (!failed) {
            return new InboundMail.Ignored("delivery report without a failed recipient (a delay or success notice)");
        }
        if (original == null) {
            return new InboundMail.Ignored("bounce without the original Message-ID");
        }
        return new InboundMail.Bounce(original, diagnostic);
    }

    /** The per-message block and the per-recipient blocks of a delivery-status part, each a set of fields. */
    private static List<InternetHeaders> statusBlocks(Part part) throws MessagingException, IOException {
        String text;
        try (InputStream in = part.getInputStream()) {
            // A status part is a few hundred bytes; the cap keeps a hostile one from filling memory.
            text = new String(in.readNBytes(MAX_STATUS_BYTES), StandardCharsets.US_ASCII);
        }
        List<InternetHeaders> blocks = new ArrayList<>();
        for (String block : text.split("\\r?\\n\\s*\\r?\\n")) {
            if (!block.isBlank()) {
                blocks.add(new InternetHeaders(new ByteArrayInputStream(
                        (block.strip() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII))));
            }
        }
        return blocks;
    }

    private static String originalMessageId(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            List<String> ids = messageIds(new InternetHeaders(in).getHeader("Message-ID", " "));
            return ids.isEmpty() ? null : ids.get(0);
        }
    }

    /** Why the message looks automatic, or {@code null} when it looks written by a person. */
    private static String autoReplySign(MimeMessage message) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted.strip();
        }
        for (String header : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
            if (message.getHeader(header) != null) {
                return header;
            }
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null && AUTO_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence.strip();
        }
        String subject = message.getSubject();
        if (subject != null && AUTO_SUBJECT.matcher(subject).find()) {
            return "subject";
        }
        return null;
    }
}
