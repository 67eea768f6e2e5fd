package org.salessequences.api.sequence;

/**
 * An email step rendered for one contact, as it would be sent (without tracking), not sent and not recorded.
 *
 * @param subject the subject; {@code Re: <previous subject>} for a reply to the previous email
 * @param html    the HTML body
 * @param text    its plain-text alternative
 */
public record StepPreview(String subject, String html, String text) {
}
