package org.salessequences.application.mail;

import org.salessequences.api.sequence.EmailSettings;

/**
 * One email of a step execution, to render and send.
 *
 * @param executionId     the step execution; the Message-ID is derived from it, so it is stable across retries
 * @param ownerId         the sequence owner, whose mailbox sends it (the default mailbox when they have none)
 * @param contactId       the host contact it goes to
 * @param sequenceId      the sequence
 * @param stepId          the step
 * @param settings        the step's email settings (templates, threading, addresses, tracking)
 * @param subjectOverride for a sent email reminder: the subject as the rep edited it, used as is (not a template)
 * @param bodyOverride    for a sent email reminder: the body as the rep edited it, used as is
 * @param inReplyTo       for {@code REPLY_TO_PREVIOUS}: the Message-ID of the previous email of the enrollment
 * @param previousSubject for {@code REPLY_TO_PREVIOUS}: the subject of that email ("Re: " is added)
 */
public record EmailRequest(String executionId, String ownerId, String contactId, String sequenceId, String stepId,
                           EmailSettings settings, String subjectOverride, String bodyOverride, String inReplyTo,
                           String previousSubject) {
}
