package org.salessequences.infrastructure.mail.inbound;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import org.salessequences.domain.model.inbound.Addresses;
import org.salessequences.domain.model.inbound.BounceClass;
import org.salessequences.domain.model.inbound.BounceReasons;
import org.salessequences.domain.model.inbound.DeliveryStatus;
import org.salessequences.domain.model.inbound.HumanReadableBounce;
import org.salessequences.domain.model.inbound.ReturnDates;

/**
 * Tells replies from bounces, complaints and auto-replies, in that order of precedence: a bounce is never a reply,
 * an auto-reply is never a bounce or a reply. A bounce is an RFC 3464 report anywhere in the MIME tree (with or
 * without {@code report-type}), or a mail system's report written for people (qmail, Exim, Exchange...); a
 * complaint is an ARF feedback report; an auto-reply is what RFC 3834's {@code Auto-Submitted}, the common
 * {@code X-Autoreply}-style headers or its subject say is one, with the return date its text names.
 */
public final class InboundMailClassifier {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>|<[^<>\\s]{8,}>");
    /** A Message-ID field quoted in a report's text ("> Message-ID: <...>", a returned copy pasted inline). */
    private static final Pattern QUOTED_MESSAGE_ID = Pattern.compile(
            "(?im)^[\\s>|]*Message-ID:\\s*(<[^<>\\s]+>)");
    /** Where a report's own words end and the returned email begins, when it is pasted into the text. */
    private static final Pattern RETURNED_COPY = Pattern.compile(
            "(?im)^(?:[-\\s]*(?:below this line is a copy|this is a copy of the message|original message"
                    + "|the original message|returned message|copy of (the )?original|message headers follow"
                    + "|headers of the (original|returned) message|original message headers|-+ ?original)"
                    + "|(?:return-path|received|dkim-signature|message-id|mime-version):)");
    private static final Pattern PASTED_TO = Pattern.compile("(?im)^[\\s>]*To:\\s*(.+)$");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^\\s*(auto:|automatic reply|automatische? (antwort|reply)|automatisch antwoord|auto[- ]?reply"
                    + "|autoresponse|auto[- ]?response|out of (the )?office|ooo\\b|abwesenheit|abwesend|absence"
                    + "|absent|r[ée]ponse automatique|respuesta autom[áa]tica|fuera de la oficina|afwezig"
                    + "|resposta autom[áa]tica|ausente|fora do escrit[óo]rio|risposta automatica|fuori (sede|ufficio)"
                    + "|assente|vacation|on leave|away from)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHALLENGE_SUBJECT = Pattern.compile(
            "please confirm (your|that you|the) (message|email|e-mail)|verify (your|that you)|confirm your email"
                    + "|sender verification|challenge|spam ?arrest|approval required|awaiting (your )?verification",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SES_BOUNCE = Pattern.compile("\"notificationType\"\\s*:\\s*\"(Bounce|Complaint)\"");
    private static final Pattern SES_RECIPIENT = Pattern.compile("\"emailAddress\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SES_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([245]\\.\\d+\\.\\d+)\"");
    private static final Pattern SES_DIAGNOSTIC = Pattern.compile("\"diagnosticCode\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern SES_MESSAGE_ID = Pattern.compile(
            "\"name\"\\s*:\\s*\"Message-ID\"\\s*,\\s*\"value\"\\s*:\\s*\"(<[^\"]+>)\"", Pattern.CASE_INSENSITIVE);
    private static final Set<String> AUTO_PRECEDENCE = Set.of("auto_reply", "bulk", "junk", "list");
    private static final int AUTO_TEXT_READ = 4000;
    private static final int REASON_CHARS = 600;
    private static final int WORDS_BEFORE = 80;

    private InboundMailClassifier() {
    }

    /** Classifies with the message's own date as the day it arrived (for a return date without a year). */
    public static InboundMail classify(MimeMessage message) throws MessagingException {
        java.util.Date sent = message.getSentDate();
        return classify(message, sent == null ? LocalDate.now(ZoneOffset.UTC)
                : sent.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** @param received the day the message arrived */
    public static InboundMail classify(MimeMessage message, LocalDate received) throws MessagingException {
        MailParts parts = MailParts.of(message);
        String human = String.join("\n", parts.humanTexts);
        if ("feedback-report".equals(parts.reportType) || !parts.feedbackTexts.isEmpty()) {
            return complaint(message, parts);
        }
        // Amazon SNS wraps SES's notice as a JSON string in JSON: its quotes come escaped.
        String json = human.replace("\\\"", "\"");
        Matcher ses = SES_BOUNCE.matcher(json);
        if (ses.find() && sender(message).contains("amazonaws.com")) {
            return ses.group(1).equals("Complaint")
                    ? new InboundMail.Complaint(sesMessageId(json, parts), recipientOf(SES_RECIPIENT, json))
                    : sesBounce(json, parts);
        }
        List<DeliveryStatus.Recipient> statuses = new ArrayList<>();
        for (String text : parts.statusTexts) {
            statuses.addAll(DeliveryStatus.recipients(text));
        }
        if (!statuses.isEmpty()) {
            return fromStatus(message, parts, statuses);
        }
        String from = message.getHeader("From", ", ");
        String subject = subject(message);
        if (parts.reportType != null || listManagerNotice(message, from) || HumanReadableBounce.isReport(from, subject, message.getHeader("Return-Path", null),
                !parts.returned.isEmpty(), human)) {
            return humanReadable(message, parts, subject);
        }
        if (subject.strip().equalsIgnoreCase("unsubscribe")) {
            return new InboundMail.Unsubscribe(Addresses.first(from));
        }
        if (isChallenge(message, subject)) {
            return new InboundMail.Ignored("challenge-response (the sender's spam filter asks to be answered)");
        }
        String autoReply = autoReplySign(message, subject);
        if (autoReply != null) {
            String text = subject + "\n" + (human.length() > AUTO_TEXT_READ ? human.substring(0, AUTO_TEXT_READ) : human);
            return new InboundMail.AutoReply(references(message), Addresses.first(from),
                    ReturnDates.returnDate(text, received).orElse(null));
        }
        List<String> ids = references(message);
        return ids.isEmpty() ? new InboundMail.Ignored("refers to no earlier email") : new InboundMail.Reply(ids);
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

    private static InboundMail fromStatus(MimeMessage message, MailParts parts, List<DeliveryStatus.Recipient> statuses)
            throws MessagingException {
        DeliveryStatus.Recipient failed = statuses.stream().filter(DeliveryStatus.Recipient::failed).findFirst()
                .orElse(null);
        if (failed == null) {
            boolean delayed = statuses.stream().anyMatch(DeliveryStatus.Recipient::delayed);
            return new InboundMail.Ignored(delayed ? "delay notice (the server is still trying)"
                    : "delivery report without a failed recipient (a success notice)");
        }
        String human = ownWords(String.join("\n", parts.humanTexts));
        String recipient = failed.address();
        if (recipient == null) {
            recipient = HumanReadableBounce.failedRecipient(human, excluded(message, parts));
        }
        String diagnostic = failed.diagnostic() != null && !failed.diagnostic().isBlank() ? failed.diagnostic().strip()
                : HumanReadableBounce.diagnostic(human);
        String status = failed.status() != null ? failed.status() : HumanReadableBounce.status(diagnostic);
        if (status == null && failed.action() != null && failed.action().startsWith("expired")) {
            status = "4.4.7";
        }
        BounceClass bounceClass = BounceReasons.classify(status, diagnostic, diagnostic + "\n" + human);
        return new InboundMail.Bounce(originalMessageId(message, parts), recipient, status, bounceClass, diagnostic);
    }

    private static InboundMail humanReadable(MimeMessage message, MailParts parts, String subject)
            throws MessagingException {
        String human = ownWords(String.join("\n", parts.humanTexts));
        if (HumanReadableBounce.isDelay(subject, human)) {
            return new InboundMail.Ignored("delay notice (the server is still trying)");
        }
        if (!HumanReadableBounce.saysFailed(human + " " + subject)) {
            return new InboundMail.Ignored("a mail system's notice that reports no failure");
        }
        Set<String> excluded = excluded(message, parts);
        String recipient = HumanReadableBounce.failedRecipient(human, excluded);
        if (recipient == null) {
            recipient = returnedRecipient(parts);
        }
        if (recipient == null) {
            recipient = pastedRecipient(String.join("\n", parts.humanTexts), human.length());
        }
        // What the report says about the recipient follows its address; the words before it are boilerplate.
        // (some put the words first: "Unknown user: ada@example.com").
        int about = recipient == null ? -1 : human.toLowerCase(Locale.ROOT).indexOf(recipient);
        String reason = about < 0 ? human : human.substring(Math.max(0, about - WORDS_BEFORE),
                Math.min(human.length(), about + REASON_CHARS));
        String status = HumanReadableBounce.status(reason);
        if (status == null) {
            status = HumanReadableBounce.status(human);
        }
        return new InboundMail.Bounce(originalMessageId(message, parts), recipient, status,
                BounceReasons.classify(status, reason, human), HumanReadableBounce.diagnostic(human));
    }

    private static InboundMail complaint(MimeMessage message, MailParts parts) throws MessagingException {
        String recipient = null;
        for (String text : parts.feedbackTexts) {
            for (String field : new String[] {"Original-Rcpt-To", "Removal-Recipient"}) {
                Matcher matcher = Pattern.compile("(?im)^" + field + ":\\s*(.+)$").matcher(text);
                if (recipient == null && matcher.find()) {
                    recipient = Addresses.first(matcher.group(1));
                }
            }
        }
        if (recipient == null) {
            recipient = returnedRecipient(parts);
        }
        return new InboundMail.Complaint(originalMessageId(message, parts), recipient);
    }

    private static InboundMail sesBounce(String json, MailParts parts) {
        Matcher status = SES_STATUS.matcher(json);
        Matcher diagnostic = SES_DIAGNOSTIC.matcher(json);
        String code = status.find() ? status.group(1) : null;
        String words = diagnostic.find() ? diagnostic.group(1) : "";
        String type = json.contains("\"bounceType\":\"Permanent\"") ? "" : " temporary";
        return new InboundMail.Bounce(sesMessageId(json, parts), recipientOf(SES_RECIPIENT, json), code,
                BounceReasons.classify(code, words + type), words);
    }

    private static String sesMessageId(String json, MailParts parts) {
        Matcher id = SES_MESSAGE_ID.matcher(json);
        return id.find() ? id.group(1) : returnedMessageId(parts);
    }

    private static String recipientOf(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Addresses.first(matcher.group(1)) : null;
    }

    /** The report's text up to where a returned copy of the email starts. */
    private static String ownWords(String human) {
        Matcher copy = RETURNED_COPY.matcher(human);
        return copy.find() && copy.start() > 0 ? human.substring(0, copy.start()) : human;
    }

    /**
     * The bounced email's Message-ID: from a returned message or its headers, else quoted in the report's text,
     * else the email the report answers ({@code In-Reply-To}).
     */
    private static String originalMessageId(MimeMessage message, MailParts parts) throws MessagingException {
        String returned = returnedMessageId(parts);
        if (returned != null) {
            return returned;
        }
        Matcher quoted = QUOTED_MESSAGE_ID.matcher(String.join("\n", parts.humanTexts));
        if (quoted.find()) {
            return quoted.group(1);
        }
        for (String text : parts.statusTexts) {
            Matcher inStatus = QUOTED_MESSAGE_ID.matcher(text);
            if (inStatus.find()) {
                return inStatus.group(1);
            }
        }
        return first(references(message));
    }

    private static String returnedMessageId(MailParts parts) {
        for (InternetHeaders headers : parts.returned) {
            String id = first(messageIds(headers.getHeader("Message-ID", " ")));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static String returnedRecipient(MailParts parts) {
        for (InternetHeaders headers : parts.returned) {
            String to = headers.getHeader("To", ",");
            List<String> addresses = to == null ? List.of() : Addresses.all(to);
            if (addresses.size() == 1) {
                return addresses.get(0);
            }
        }
        return null;
    }

    /** The addressee of a returned email pasted into the report's text after its own words. */
    private static String pastedRecipient(String text, int ownWordsEnd) {
        Matcher to = PASTED_TO.matcher(text);
        if (to.find(Math.min(ownWordsEnd, text.length()))) {
            List<String> addresses = Addresses.all(to.group(1));
            return addresses.size() == 1 ? addresses.get(0) : null;
        }
        return null;
    }

    /** Addresses a report names that are not the failed recipient: its own sender and addressee, the original's. */
    private static Set<String> excluded(MimeMessage message, MailParts parts) throws MessagingException {
        Set<String> excluded = new HashSet<>();
        for (String header : new String[] {"From", "To", "Sender", "Reply-To", "Return-Path", "Delivered-To"}) {
            String value = message.getHeader(header, ",");
            if (value != null) {
                excluded.addAll(Addresses.all(value));
            }
        }
        for (InternetHeaders headers : parts.returned) {
            String value = headers.getHeader("From", ",");
            if (value != null) {
                excluded.addAll(Addresses.all(value));
            }
        }
        return excluded;
    }

    private static List<String> references(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(messageIds(message.getHeader("In-Reply-To", " ")));
        ids.addAll(messageIds(message.getHeader("References", " ")));
        return new ArrayList<>(ids);
    }

    private static String sender(MimeMessage message) throws MessagingException {
        String from = message.getHeader("From", ",");
        return from == null ? "" : from.toLowerCase(Locale.ROOT);
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            return "";
        }
    }

    /** A mailing-list manager's own notice (not a member, a loop): the list refused the email; never a reply. */
    private static boolean listManagerNotice(MimeMessage message, String from) throws MessagingException {
        boolean listManager = message.getHeader("X-MLServer") != null || message.getHeader("X-ML-Server") != null;
        String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
        return listManager && (sender.contains("-admin@") || sender.contains("-owner@") || sender.contains("-request@"));
    }

    private static boolean isChallenge(MimeMessage message, String subject) throws MessagingException {
        for (String header : new String[] {"X-Boxbe-Challenge", "X-Spamarrest-Noauth", "X-TMDA-Fingerprint",
                "X-Challenge", "X-Sender-Verification"}) {
            if (message.getHeader(header) != null) {
                return true;
            }
        }
        return CHALLENGE_SUBJECT.matcher(subject).find() && autoReplySign(message, "") != null;
    }

    /** Why the message looks automatic, or {@code null} when it looks written by a person. */
    private static String autoReplySign(MimeMessage message, String subject) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Auto-Submitted: " + autoSubmitted.strip();
        }
        for (String header : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress",
                "X-Autogenerated", "X-Vacation", "X-AutoReply-From"}) {
            if (message.getHeader(header) != null) {
                return header;
            }
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null && AUTO_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence.strip();
        }
        if (AUTO_SUBJECT.matcher(subject).find()) {
            return "subject";
        }
        return null;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** For callers that hold addresses as Jakarta Mail does. */
    static String address(Address[] addresses) {
        return addresses == null || addresses.length == 0 ? null : Addresses.first(addresses[0].toString());
    }
}
