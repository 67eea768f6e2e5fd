package org.salessequences.domain.model.sequence;

import java.time.Instant;

/**
 * What a sequence's recent emails did to its senders' reputation: the one place the guardrails count hard bounces and
 * complaints from, so that where those are recorded can change without touching the guardrails. Joins the caller's
 * transaction.
 */
public interface SendingReputation {

    /** The sequence's emails sent at or after {@code since}, and how many of them hard-bounced or drew a complaint. */
    Recent since(String sequenceId, Instant since);

    /**
     * @param sent        emails sent
     * @param hardBounces of which bounced for good
     * @param complaints  of which the recipient reported as spam
     */
    record Recent(long sent, long hardBounces, long complaints) {
    }
}
