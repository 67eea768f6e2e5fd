package org.salessequences.api.devmailbox;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One email the sink kept, as the recipient would have seen it.
 *
 * @param id        the sink's id of the email
 * @param to        the recipient's address
 * @param from      the From header
 * @param subject   the subject
 * @param html      the HTML body, tracking and unsubscribe links included
 * @param text      the plain-text alternative
 * @param messageId the Message-ID header, with angle brackets
 * @param sentAt    when it would have gone
 * @param headers   every header, in order
 */
public record DevMailboxEmail(String id, String to, String from, String subject, String html, String text,
                              String messageId, OffsetDateTime sentAt, List<Header> headers) {

    /** One header line, unfolded. */
    public record Header(String name, String value) {
    }
}
