package org.salessequences.infrastructure.mail.guard;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.salessequences.domain.model.mailbox.MailHostRefusedException;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.log.LogId;

/**
 * What a rep learns of a mail server's failure: a short reason in the plugin's own words and an incident id. What
 * the server said (its banner, its reply text) can be anything, including text an inside server should never show
 * a rep, so it goes only to the log, under that id, for the administrator.
 */
public final class MailIncidents {

    private static final Logger LOG = Logger.getLogger(MailIncidents.class.getName());

    private MailIncidents() {
    }

    /**
     * Logs the failure in full under a new incident id.
     *
     * @param reason what the rep is told, e.g. "the mail server refused the login"
     * @param what   what was being done, for the log ("sending the email of step execution x")
     * @return the reason with the incident id, for the rep
     */
    public static String report(String reason, String what, MailServer server, Exception failure) {
        String incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.log(Level.WARNING, LogId.MAIL_INCIDENT + " incident " + incident + ": " + what + " via " + server
                + " failed (" + reason + "): " + failure, failure);
        return reason + " (incident " + incident + ")";
    }

    /** The policy's refusal in the failure's chain, if that is what stopped the connection. */
    public static Optional<MailHostRefusedException> refusal(Throwable failure) {
        for (Throwable e = failure; e != null; e = next(e)) {
            if (e instanceof MailHostRefusedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** Whether the server could not be reached at all (no address, refused, timed out), as opposed to answering. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable e = failure; e != null; e = next(e)) {
            if (e instanceof org.eclipse.angus.mail.util.MailConnectException || e instanceof java.net.SocketException
                    || e instanceof java.net.UnknownHostException || e instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** "could not connect to host:port" in the rep's words. */
    public static String couldNotConnect(MailServer server) {
        return "could not connect to " + server.host() + ":" + server.port();
    }

    /** Follows both the causes and Jakarta Mail's next exceptions, which hold the socket failures. */
    static Throwable next(Throwable e) {
        if (e instanceof jakarta.mail.MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != e) {
            return messaging.getNextException();
        }
        return e.getCause() != e ? e.getCause() : null;
    }
}
