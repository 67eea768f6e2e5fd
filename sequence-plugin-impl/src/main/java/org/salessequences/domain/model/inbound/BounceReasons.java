package org.salessequences.domain.model.inbound;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sorts a failed delivery into {@link BounceClass} from its enhanced status code (RFC 3463) and the server's words,
 * the way the Sisimai corpus labels them: only an address that does not exist (unknown user, unknown host, moved,
 * a domain that accepts no mail) is hard; a refusal for policy, reputation or content says nothing about the
 * address and is soft. The words win over the code, because many servers answer {@code 5.0.0} or a generic
 * {@code 5.1.1} for everything.
 */
public final class BounceReasons {

    private static final Pattern SENDER_SIDE = Pattern.compile(
            "relay(ing)? (access )?(denied|not permitted|prohibited)|not permitted to relay|unable to relay"
                    + "|we do not relay|authentication (is )?required|must (be )?authenticat|smtp auth"
                    + "|sender address rejected|sender verify failed|sender domain must exist"
                    + "|domain of sender address .* does not (exist|resolve)|your account (has been|is) (suspended|disabled)"
                    + "|sending quota exceeded|daily sending limit|message rate exceeded for sender"
                    + "|sender (is )?not (allowed|authorized)|unroutable sender|sender address",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a failure soft whatever its code and other words: the address exists. */
    private static final Pattern SOFT_WORDS = Pattern.compile(
            "mailbox (is )?full|over ?quota|quota exceeded|exceeded (the )?(storage|quota)|insufficient (system )?storage"
                    + "|insufficient disk|mailbox size limit|too many (messages|connections|recipients)|temporar"
                    + "|try (again )?later|spam|blacklist|blocklist|block list|black list|blocked|reputation"
                    + "|rejected for policy|policy (violation|reasons|rejection)|content (rejected|filter)|virus"
                    + "|too (large|big)|size (limit|exceeds)|message (size )?exceeds|rate limit|greylist|graylist"
                    + "|\\bptr\\b|reverse (dns|lookup)|\\bspf\\b|\\bdkim\\b|\\bdmarc\\b|access denied|banned"
                    + "|(account|mailbox|user)( is)? (disabled|suspended|inactive|deactivated|locked|frozen)"
                    + "|(disabled|suspended|inactive|deactivated|locked) (user|mailbox|account)|recipient preferences"
                    + "|timed? ?out|expired|not delivered within|retry time|connection (refused|reset|lost)"
                    + "|could not connect|unreachable|sender rejected|no access from|after mail from"
                    + "|\\bis (disabled|inactive|suspended|deactivated)",
            Pattern.CASE_INSENSITIVE);
    /** Words of an address that does not exist. */
    private static final Pattern HARD_WORDS = Pattern.compile(
            "user unknown|unknown user|unknown (local[- ]part|recipient|address|mailbox)|no such (user|mailbox|recipient"
                    + "|address|account|person|domain|host)|(user|mailbox|recipient|address|account|addressee)"
                    + " (does not|doesn't|did not) exist|does ?n[o']t exist|not exist|unrouteable|unroutable"
                    + "|invalid (recipient|mailbox|address|user)|(recipient|mailbox|user|address) (is )?(invalid|unknown"
                    + "|unavailable|not (valid|known|listed|available|found))|not a valid (mailbox|user|recipient)"
                    + "|no mailbox|mailbox unavailable|unknown or illegal alias|no longer (valid|available|active)"
                    + "|host (or domain name )?not found|domain (name )?not found|unknown (host|domain)|host unknown"
                    + "|name or service not known|no (mx|a) record|nxdomain|(does not|doesn't) accept mail|null mx"
                    + "|accepts no mail|has moved|moved permanently|is not a known user|bad destination mailbox"
                    + "|account that you tried to reach|user not listed|not listed in"
                    + "|recipientnotfound|no such|undeliverable address|cannot be resolved|unable to resolve"
                    + "|not our (customer|user)|doesn't have an? \\S+ account|no valid recipients|invalid final delivery"
                    + "|not recognized|domain is not reachable|recipient not found|address not found|address rejected\\.?\\s*$"
                    + "|invalid recipient|destinataire invalide",
            Pattern.CASE_INSENSITIVE);
    /**
     * Microsoft's directory-based edge blocking: "Recipient address rejected: Access denied" means the address is not
     * in the organisation's directory, though "access denied" alone is a policy's word.
     */
    private static final Pattern NOT_IN_DIRECTORY = Pattern.compile(
            "recipient address rejected: access denied", Pattern.CASE_INSENSITIVE);
    /**
     * The answers of a recipient's filter dressed as an unknown user, as mobile carriers give them after the address
     * was taken: "550 : User unknown" (naming no address), "550 Unknown user ada@example.jp".
     */
    private static final Pattern FILTER_AS_UNKNOWN = Pattern.compile(
            "\\b5\\d\\d:?\\s*:\\s*user unknown|unknown user\\s+<?[^\\s<>:@]+@", Pattern.CASE_INSENSITIVE);
    /**
     * The report names the recipient command as the one refused ({@code RCPT TO}): the server judged the address
     * itself, before it saw the email.
     */
    private static final Pattern AT_RECIPIENT = Pattern.compile(
            "\\brcpt(\\b|_to)", Pattern.CASE_INSENSITIVE);
    /**
     * A refusal after the server took the address and read the email (at or after {@code DATA}): whatever it says,
     * the address was accepted, so the email was filtered, not addressed to nobody.
     */
    private static final Pattern AFTER_DATA = Pattern.compile(
            "after end of data|final data|>>> data|after data|end of data command|in reply to data|reply to data", Pattern.CASE_INSENSITIVE);

    private BounceReasons() {
    }

    /**
     * @param status     the enhanced status code ({@code 5.1.1}), or {@code null} when the report gives none
     * @param diagnostic the server's words, or {@code null}
     */
    public static BounceClass classify(String status, String diagnostic) {
        return classify(status, diagnostic, diagnostic);
    }

    /**
     * @param report the report's text around the diagnostic, where the refused SMTP command may be named, or
     *               {@code null}
     */
    public static BounceClass classify(String status, String diagnostic, String report) {
        String words = diagnostic == null ? "" : diagnostic;
        if (SENDER_SIDE.matcher(words).find()) {
            return BounceClass.SENDER;
        }
        String code = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        String said = DeliveryStatus.status(words);
        if ((code.isEmpty() || code.endsWith(".0.0")) && said != null && !said.endsWith(".0.0")) {
            // "Status: 5.0.0" with the server's own "550 5.1.1 ..." in the diagnostic: the server's is the precise one.
            code = said;
        }
        // A 4.x.x the server gave up on: it kept failing for now, which says the address may well work later.
        if (code.startsWith("4") || AFTER_DATA.matcher(words).find()) {
            return BounceClass.SOFT;
        }
        if (NOT_IN_DIRECTORY.matcher(words).find()) {
            return BounceClass.HARD;
        }
        if (SOFT_WORDS.matcher(words).find()) {
            return BounceClass.SOFT;
        }
        if (HARD_WORDS.matcher(words).find()) {
            // "User unknown" under a mailbox-status code (x.2.x: the mailbox exists) or in a filter's wording, and
            // not in answer to RCPT TO: the server took the address and refused the email later (Sisimai's
            // "filtered"), so the address may well work.
            boolean filtered = (code.startsWith("5.2.") || !code.startsWith("5.1.")
                    && FILTER_AS_UNKNOWN.matcher(words).find())
                    && !AT_RECIPIENT.matcher(report == null ? "" : report).find();
            return filtered ? BounceClass.SOFT : BounceClass.HARD;
        }
        // With no words that tell, RFC 3463's subject says what failed: only address status (x.1.x) and routing to
        // it (x.4.4) are about the address; a mailbox (x.2.x), the system, the network or a policy are not.
        return specific(code) && hardCode(code) ? BounceClass.HARD : BounceClass.SOFT;
    }

    /** A code that says more than "permanent/temporary failure" ({@code 5.0.0}). */
    private static boolean specific(String code) {
        return code.matches("[245]\\.\\d{1,3}\\.\\d{1,3}") && !code.substring(1).equals(".0.0");
    }

    /** x.1.x address status (bad mailbox, bad system, moved, null MX...), 5.4.4 unroutable. */
    private static boolean hardCode(String code) {
        return code.startsWith("5.1.") || code.equals("5.4.4");
    }

}
