package org.salessequences.application.mail;

/**
 * An email that went out.
 *
 * @param messageId its Message-ID header, with angle brackets
 * @param subject   the subject it went out with
 */
public record SentEmail(String messageId, String subject) {
}
