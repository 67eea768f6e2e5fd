package org.salessequences.domain.model.inbound;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery failures written for people, without RFC 3464's fields: qmail's "failure notice", Exim's "Mail delivery
 * failed", Postfix's and Sendmail's transcripts, Exchange/Office 365, Gmail, Yahoo, Notes, SES, SendGrid and the
 * like. Recognised by who sends them and what they say, so a person's mail that merely mentions an error is not one.
 */
public final class HumanReadableBounce {

    /** Senders of delivery reports. */
    private static final Pattern SYSTEM_SENDER = Pattern.compile(
            "mailer-daemon|mailer_daemon|post_master|maildaemon|postmaster|mail delivery (subsystem|system|service)"
                    + "|mail ?administrator|mail ?system|delivery ?(subsystem|notification|status)|microsoftexchange"
                    + "|\\bmailer\\b|bounce|nobody@|no-reply@.*(amazonses|sendgrid)|mdaemon|\\bmta\\b|smtp gateway"
                    + "|internet mail delivery|administrator@|postoffice|mail ?filter|lotus|notes"
                    + "|-(admin|owner|request)@",
            Pattern.CASE_INSENSITIVE);
    /** Subjects of delivery reports (failures, delays and the like). */
    private static final Pattern REPORT_SUBJECT = Pattern.compile(
            "undeliver|undelivered|not (be )?delivered|delivery (status notification|failure|failed|notification"
                    + "|report|problem|has failed)|failure notice|mail delivery failed|returned mail|returned to sender"
                    + "|mail (system )?error|could not send|delivery unsuccessful|nondeliverable|non[- ]?delivery"
                    + "|unzustellbar|non remis|no entregado|no se puede entregar|niet bezorgd|non recapitabile"
                    + "|não entregue|rejected|bounced?|mail failure|message (not )?(delivered|delayed)|delayed mail"
                    + "|warning: could not|delivery delayed|delivery notification|error sending|permanent error"
                    + "|message status|returned message|failed delivery|delivery error|mail failed|returning to sender"
                    + "|failure delivery|mail failure|\\(failure\\)|cannot send message",
            Pattern.CASE_INSENSITIVE);
    /** Words of a final failure. */
    private static final Pattern FAILURE_WORDS = Pattern.compile(
            "could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|not (be )?delivered"
                    + "|undeliverable|undelivered|delivery (to the following )?(recipients?|addresses)? ?(has )?failed"
                    + "|delivery has failed|failed permanently|permanent(ly)? (error|failure|fatal)|i've given up|given up"
                    + "|unable to deliver|could not deliver|couldn't deliver|cannot be delivered|can't be delivered"
                    + "|not able to deliver|wasn't able to deliver|delivery failure|failed to deliver|returned to sender"
                    + "|user unknown|unknown user|no such user|does not exist|mailbox (is )?(full|unavailable)"
                    + "|message was rejected|was rejected|rejected your message|delivery to .* failed|fatal error"
                    + "|hard bounce|bounced|address not found|recipient not found|delivery error|delivery failed"
                    + "|could not be sent|not reach|nicht zugestellt|konnte nicht|n'a pas pu|pas pu être remis"
                    + "|no se pudo entregar|niet worden bezorgd|non è stato possibile|não foi possível"
                    + "|the following addresses had permanent|550[ -]|553[ -]|554[ -]|551[ -]|552[ -]|5\\.\\d\\.\\d"
                    + "|sorry|error|delivery problems|non-delivered|aborted|could not find|malformed|cannot send message"
                    + "|\\(failure\\)|mail failure|did not reach|invalid user|not (a )?member|loop alert",
            Pattern.CASE_INSENSITIVE);
    /** Words only a delivery failure uses, strong enough to tell one from a system sender's other mail. */
    private static final Pattern STRONG_FAILURE = Pattern.compile(
            "invalid user address|no such user|user unknown|unknown user|could not be delivered|undeliverable"
                    + "|permanent error|delivery (has )?failed|not delivered to", Pattern.CASE_INSENSITIVE);
    /** Words of a notice that delivery is late but still being tried. */
    private static final Pattern DELAY_WORDS = Pattern.compile(
            "still being retried|will (continue|keep) (to )?(try|retry)ing|will retry|has not yet been delivered"
                    + "|not yet been delivered|delivery (has been )?delayed|delivery is delayed|is delayed|been delayed"
                    + "|warning: could not send|this is a warning|no action is required|delayed mail|try to deliver"
                    + " (it|the message|your message) (again|later)|retry (again )?(for|until)|delivery (attempts )?will"
                    + " continue",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELAY_SUBJECT = Pattern.compile(
            "delay|warning: could not send|still being retried|message status - delayed|not yet delivered",
            Pattern.CASE_INSENSITIVE);
    /** Where a report states the failed address: bracketed at a line's start, a transcript's RCPT, a field. */
    private static final List<Pattern> RECIPIENT_LINES = List.of(
            Pattern.compile("(?im)^\\s*(?:final|original)-recipient:\\s*(?:rfc822;)?\\s*<?([^\\s<>;]+@[^\\s<>;]+)"),
            Pattern.compile("(?im)^\\s*<([^\\s<>]+@[^\\s<>]+)>\\s*(?::|\\.\\.\\.|\\(|$)"),
            Pattern.compile("(?im)rcpt to:\\s*<([^\\s<>]+@[^\\s<>]+)>"),
            Pattern.compile("(?im)^\\s*([^\\s<>:\"]+@[^\\s<>:\"]+?)[.:]?\\s*$"),
            Pattern.compile("(?im)^\\s*([^\\s<>:\"]+@[^\\s<>:\"]+)\\s*(?::|\\.\\.\\.|\\(|<|-|$)"),
            Pattern.compile("(?i)\\b(?:to|recipient|address|for|an|à|a|aan|para)\\b\\s*:?\\s*<?([^\\s<>:\"()]+@[^\\s<>:\"()]+)"),
            Pattern.compile("<([^\\s<>]+@[^\\s<>]+)>"));
    private static final Pattern REPLY_CODE = Pattern.compile("\\b([45][0-5][0-9])[ -]");

    private HumanReadableBounce() {
    }

    /** Whether the message comes from a mail system reporting on delivery (failure or delay). */
    public static boolean isReport(String from, String subject, String returnPath, boolean returnsAMessage,
                                   String text) {
        boolean nullSender = returnPath != null && returnPath.replaceAll("[\\s<>]", "").isEmpty();
        boolean systemSender = from != null && SYSTEM_SENDER.matcher(from).find();
        boolean reportSubject = subject != null && REPORT_SUBJECT.matcher(subject).find();
        return reportSubject && (systemSender || nullSender) || systemSender && nullSender
                || systemSender && (returnsAMessage || STRONG_FAILURE.matcher(text).find())
                || systemSender && subject != null && subject.isBlank() || reportSubject && subject != null
                && subject.toLowerCase(Locale.ROOT).matches(".*(undeliver|failure notice|delivery status notification"
                + "|mail delivery failed|returned mail|delivery failure|unzustellbar|non remis).*");
    }

    /** Whether a report's text says delivery failed for good. */
    public static boolean saysFailed(String text) {
        return FAILURE_WORDS.matcher(text).find();
    }

    /** Whether a report is a delay warning (still being retried) rather than a failure. */
    public static boolean isDelay(String subject, String text) {
        if (subject != null && Pattern.compile("(?i)cannot send message for|failure|failed|undeliver").matcher(subject)
                .find()) {
            return false;
        }
        boolean delaySubject = subject != null && DELAY_SUBJECT.matcher(subject).find();
        if (delaySubject) {
            return true;
        }
        return DELAY_WORDS.matcher(text).find() && !Pattern.compile(
                "given up|permanent|fatal|could not be delivered|failed permanently|delivery has failed|rejected",
                Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    /**
     * The address delivery failed for, or {@code null}.
     *
     * @param excluded addresses that are not it (the report's sender and addressee, the original sender)
     */
    public static String failedRecipient(String text, Collection<String> excluded) {
        for (Pattern pattern : RECIPIENT_LINES) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String address = Addresses.first(matcher.group(1));
                if (address != null && !excluded.contains(address) && !Addresses.isSystem(address)) {
                    return address;
                }
            }
        }
        return null;
    }

    /** The enhanced status code a report's text gives, else one made from its SMTP reply code, else {@code null}. */
    public static String status(String text) {
        String status = DeliveryStatus.status(text);
        if (status != null) {
            return status;
        }
        Matcher code = REPLY_CODE.matcher(text);
        if (code.find()) {
            return code.group(1).charAt(0) + ".0.0";
        }
        return null;
    }

    /** The line or two of the report that say why, for the log and the activity. */
    public static String diagnostic(String text) {
        String compact = text.replaceAll("\\s+", " ").strip();
        return compact.length() > 500 ? compact.substring(0, 500) : compact;
    }
}
