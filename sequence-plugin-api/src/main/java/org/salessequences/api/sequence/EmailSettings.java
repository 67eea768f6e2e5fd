package org.salessequences.api.sequence;

import java.util.List;

/**
 * The email of an {@code EMAIL} or {@code EMAIL_REMINDER} step.
 *
 * @param subject         Velocity template of the subject
 * @param body            Velocity template of the body (HTML)
 * @param threading       {@code NEW_THREAD} or {@code REPLY_TO_PREVIOUS}
 * @param from            sender address; {@code null} for the owner's mailbox address
 * @param replyTo         Reply-To address, or {@code null}
 * @param cc              carbon-copy addresses
 * @param bcc             blind carbon-copy addresses
 * @param trackOpens      add the open pixel
 * @param trackClicks     rewrite links through the click tracker
 * @param unsubscribeLink add an unsubscribe link and the {@code List-Unsubscribe} headers
 */
public record EmailSettings(String subject, String body, String threading, String from, String replyTo,
                            List<String> cc, List<String> bcc, Boolean trackOpens, Boolean trackClicks,
                            Boolean unsubscribeLink) {
}
