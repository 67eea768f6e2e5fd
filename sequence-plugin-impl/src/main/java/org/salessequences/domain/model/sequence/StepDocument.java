package org.salessequences.domain.model.sequence;

import java.util.List;

/**
 * The JSON document a step row keeps (its conditions and settings; id, position and day also live in columns), a
 * type of its own for the same reason as {@link SequenceDocument}.
 */
public record StepDocument(String type, Integer day, List<SequenceDocument.Condition> conditions, String match,
                           Email email, Task task, Sms sms) {

    /** An email or email reminder. */
    public record Email(String subject, String body, String threading, String from, String replyTo, List<String> cc,
                        List<String> bcc, Boolean trackOpens, Boolean trackClicks, Boolean unsubscribeLink) {
    }

    /** A follow-up or call reminder task in the host. */
    public record Task(String title, String note) {
    }

    public record Sms(String body) {
    }
}
