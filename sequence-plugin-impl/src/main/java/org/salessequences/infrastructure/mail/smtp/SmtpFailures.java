package org.salessequences.infrastructure.mail.smtp;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.salessequences.application.EffectException;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.infrastructure.mail.guard.MailIncidents;
import org.salessequences.log.LogId;

/**
 * What a failed send means for retrying, and for the rep: a 4xx reply or a broken connection may work later, a
 * 5xx reply (unknown recipient, rejected sender), refused credentials or a server the policy does not allow will
 * not. The rep is told which of these it was, in the plugin's words, never in the server's
 * ({@link MailIncidents}).
 */
public final class SmtpFailures {

    private SmtpFailures() {
    }

    /** The first SMTP reply code in the exception's chain, or 0 when the server never answered with one. */
    public static int replyCode(MessagingException failure) {
        for (Exception e = failure; e != null; e = next(e)) {
            if (e instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (e instanceof SMTPSenderFailedException sender) {
                return sender.getReturnCode();
            }
            if (e instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                return send.getReturnCode();
            }
        }
        return 0;
    }

    static boolean hasReplyCode(MessagingException failure) {
        return replyCode(failure) > 0 || failure instanceof AuthenticationFailedException
                || MailIncidents.refusal(failure).isPresent();
    }

    /** The effect failure to report, retryable or not; the server's own words go to the log only. */
    public static EffectException toEffectFailure(MessagingException failure, String what, MailServer server) {
        var refused = MailIncidents.refusal(failure);
        if (refused.isPresent()) {
            return new EffectException(LogId.SMTP_SERVER_NOT_ALLOWED + " the mailbox's server is not allowed: "
                    + refused.get().getMessage(),
                    false, failure);
        }
        int code = replyCode(failure);
        if (failure instanceof AuthenticationFailedException) {
            return new EffectException(LogId.SMTP_LOGIN_REFUSED + " "
                    + MailIncidents.report("the mail server refused the login",
                    what, server, failure), false, failure);
        }
        if (code >= 500) {
            return new EffectException(LogId.SMTP_REFUSED_FOR_GOOD + " " + MailIncidents.report(refusedPart(failure)
                    + " for good (" + code + ")", what, server, failure), false, failure);
        }
        if (code > 0) {
            return new EffectException(LogId.SMTP_REFUSED_FOR_NOW + " " + MailIncidents.report(refusedPart(failure)
                    + " for now (" + code + "); trying again later", what, server, failure), true, failure);
        }
        return new EffectException(LogId.SMTP_REFUSED_FOR_NOW + " "
                + MailIncidents.report(MailIncidents.couldNotConnect(server)
                + "; trying again later", what, server, failure), true, failure);
    }

    /**
     * Whether the failure is the mailbox's own (its server unreachable, the login refused, the server not allowed, or
     * a refusal of the sender), rather than one recipient's address or one email's content.
     */
    public static boolean isMailboxFailure(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException || MailIncidents.refusal(failure).isPresent()) {
            return true;
        }
        for (Exception e = failure; e != null; e = next(e)) {
            if (e instanceof SMTPAddressFailedException) {
                return false;
            }
            if (e instanceof SMTPSenderFailedException) {
                return true;
            }
        }
        return replyCode(failure) == 0;
    }

    /** An effect failure's message for the rep: without the log id it starts with. */
    public static String inWords(EffectException failure) {
        return String.valueOf(failure.getMessage()).replaceFirst("^SEQ-\\d+ ", "");
    }

    /** Which part of the email the server refused, from the exception's type alone. */
    private static String refusedPart(MessagingException failure) {
        for (Exception e = failure; e != null; e = next(e)) {
            if (e instanceof SMTPAddressFailedException) {
                return "the mail server refused a recipient's address";
            }
            if (e instanceof SMTPSenderFailedException) {
                return "the mail server refused the sender's address";
            }
        }
        return "the mail server refused the email";
    }

    private static Exception next(Exception e) {
        if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return e.getCause() instanceof Exception cause && cause != e ? cause : null;
    }
}
