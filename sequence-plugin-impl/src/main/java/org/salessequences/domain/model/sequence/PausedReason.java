package org.salessequences.domain.model.sequence;

/** Why a sequence paused itself (its guardrails); a person resumes it. The names are part of the public contract. */
public enum PausedReason {
    /** Its recent hard-bounce rate passed {@code guardrails.maxBounceRate}. */
    BOUNCE_RATE,
    /** Its recent complaint rate passed {@code guardrails.maxComplaintRate}. */
    COMPLAINT_RATE
}
