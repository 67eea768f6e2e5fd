package org.salessequences.api.sequence;

/**
 * When a sequence pauses itself to protect its senders' reputation: over the emails it sent in the last 7 days, once
 * at least {@code minSample} of them were sent, a hard-bounce rate above {@code maxBounceRate} or a complaint rate
 * above {@code maxComplaintRate} pauses it ({@code PAUSED} with {@code pausedReason} {@code BOUNCE_RATE} or {@code
 * COMPLAINT_RATE}) until a person resumes it.
 *
 * @param maxBounceRate    hard bounces per email sent, 0 to 1 (default 0.05)
 * @param maxComplaintRate complaints (spam reports) per email sent, 0 to 1 (default 0.003)
 * @param minSample        emails sent before the rates count (default 50)
 */
public record GuardrailsDefinition(Double maxBounceRate, Double maxComplaintRate, Integer minSample) {
}
