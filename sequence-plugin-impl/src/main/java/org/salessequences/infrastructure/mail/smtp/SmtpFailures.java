package org.salessequences.infrastructure.mail.smtp;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.salessequences.application.EffectException;

/**
 * What a failed send means for retrying: a 4xx reply or a broken connection may work later, a 5xx reply (unknown
 * recipient, rejected sender) or refused credentials will not.
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
        return replyCode(failure) > 0 || failure instanceof AuthenticationFailedException;
    }

    /** The effect failure to report, retryable or not. */
    public static EffectException toEffectFailure(MessagingException failure, String what) {
        int code = replyCode(failure);
        if (failure instanceof AuthenticationFailedException) {
            return new EffectException("SEQ-0621 the SMTP server refused the mailbox's login while sending " + what,
                    false, failure);
        }
        if (code >= 500) {
            return new EffectException("SEQ-0622 the SMTP server refused " + what + " for good (" + code + "): "
                    + firstLine(failure), false, failure);
        }
        return new EffectException("SEQ-0623 sending " + what + " failed for now"
                + (code > 0 ? " (" + code + ")" : "") + ": " + firstLine(failure), true, failure);
    }

    private static Exception next(Exception e) {
        if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return e.getCause() instanceof Exception cause && cause != e ? cause : null;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
