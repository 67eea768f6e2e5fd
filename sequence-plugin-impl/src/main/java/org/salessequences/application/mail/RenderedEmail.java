package org.salessequences.application.mail;

/**
 * An email's subject and body after rendering, before tracking is added: what a rep reviews in an email reminder.
 *
 * @param subject the subject
 * @param body    the HTML body
 */
public record RenderedEmail(String subject, String body) {
}
