package org.salessequences.infrastructure.mail.inbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import org.salessequences.domain.model.inbound.DeliveryStatus;

/**
 * The parts of an inbound message that tell what it is, found anywhere in its MIME tree (a report may be nested in
 * a {@code multipart/mixed}, a returned message may be quoted-printable or base64): delivery-status and feedback
 * fields, the text written for people, and the headers of returned messages. A returned message is not walked
 * into: what it says is the original email's, not the report's. Each part is read up to a cap, so a hostile
 * message cannot fill memory.
 */
final class MailParts {

    private static final int MAX_PART_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PARTS = 64;

    final List<String> statusTexts = new ArrayList<>();
    final List<String> feedbackTexts = new ArrayList<>();
    final List<String> humanTexts = new ArrayList<>();
    final List<InternetHeaders> returned = new ArrayList<>();
    /** {@code report-type} of a {@code multipart/report} (empty when it has none), or {@code null} when none. */
    String reportType;
    private int parts;

    static MailParts of(MimeMessage message) throws MessagingException {
        MailParts found = new MailParts();
        found.walk(message, 0);
        return found;
    }

    private void walk(Part part, int depth) throws MessagingException {
        if (depth > MAX_DEPTH || parts++ > MAX_PARTS) {
            return;
        }
        String type = type(part);
        if (type.startsWith("multipart/")) {
            if (type.equals("multipart/report")) {
                String reportTypeParameter = parameter(part, "report-type");
                reportType = reportType != null && !reportType.isEmpty() ? reportType
                        : reportTypeParameter == null ? "" : reportTypeParameter.toLowerCase(Locale.ROOT);
            }
            MimeMultipart multipart;
            try {
                multipart = new MimeMultipart(part.getDataHandler().getDataSource());
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), depth + 1);
                }
            } catch (MessagingException e) {
                // A multipart whose boundary never comes: what it holds is still text a person can read.
                humanTexts.add(text(part));
            }
        } else if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")
                || type.equals("text/delivery-status")) {
            statusTexts.add(text(part));
        } else if (type.equals("message/feedback-report")) {
            feedbackTexts.add(text(part));
        } else if (type.equals("message/rfc822") || type.equals("message/global") || type.equals("text/rfc822-headers")
                || type.equals("message/rfc822-headers") || type.equals("message/partial")) {
            returned.add(new InternetHeaders(new ByteArrayInputStream(withoutLeadingBlankLines(bytes(part)))));
        } else if (type.startsWith("text/") || type.isEmpty()) {
            String text = type.equals("text/html") ? Html.text(text(part)) : text(part);
            if (DeliveryStatus.looksLikeOne(text)) {
                statusTexts.add(text);
            }
            humanTexts.add(text);
        }
    }

    /** Some servers put an empty line before the returned headers, which would end them before they begin. */
    private static byte[] withoutLeadingBlankLines(byte[] bytes) {
        int start = 0;
        while (start < bytes.length && (bytes[start] == '\r' || bytes[start] == '\n')) {
            start++;
        }
        return java.util.Arrays.copyOfRange(bytes, start, bytes.length);
    }

    private static String type(Part part) throws MessagingException {
        String header = part.getContentType();
        if (header == null) {
            return "text/plain";
        }
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            String lower = header.toLowerCase(Locale.ROOT).strip();
            int end = lower.indexOf(';');
            return end < 0 ? lower : lower.substring(0, end).strip();
        }
    }

    private static String parameter(Part part, String name) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getParameter(name);
        } catch (ParseException e) {
            return null;
        }
    }

    /** The part's text in its charset (ISO-8859-1 when it names none that Java knows). */
    static String text(Part part) throws MessagingException {
        Charset charset = StandardCharsets.ISO_8859_1;
        try {
            String name = new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType())
                    .getParameter("charset");
            if (name != null) {
                charset = Charset.forName(MimeUtility.javaCharset(name.strip()));
            }
        } catch (ParseException | IllegalArgumentException e) {
            // An unknown or broken charset: Latin-1 keeps every byte, and what is looked for is ASCII.
        }
        return new String(bytes(part), charset);
    }

    /**
     * The part's body with its transfer encoding undone, also for {@code message/*} parts, which Angus Mail leaves
     * encoded unless {@code mail.mime.allowencodedmessages} is set.
     */
    static byte[] bytes(Part part) throws MessagingException {
        try (InputStream raw = raw(part)) {
            String encoding = part instanceof MimeBodyPart body ? body.getEncoding()
                    : part instanceof MimeMessage message ? message.getEncoding() : null;
            InputStream decoded = encoding == null ? raw : MimeUtility.decode(raw, encoding.strip());
            return decoded.readNBytes(MAX_PART_BYTES);
        } catch (IOException | MessagingException e) {
            return new byte[0];
        }
    }

    private static InputStream raw(Part part) throws MessagingException, IOException {
        if (part instanceof MimeBodyPart body) {
            return body.getRawInputStream();
        }
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        return part.getInputStream();
    }
}
