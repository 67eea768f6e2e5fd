package org.salessequences.domain.model.sequence;

import java.time.Duration;

/**
 * When a sequence pauses itself: over the emails it sent recently, once at least {@code minSample} were sent, a
 * hard-bounce rate above {@code maxBounceRate} or a complaint rate above {@code maxComplaintRate}.
 *
 * @param maxBounceRate    hard bounces per email sent
 * @param maxComplaintRate complaints per email sent
 * @param minSample        emails sent before the rates count
 */
public record Guardrails(double maxBounceRate, double maxComplaintRate, int minSample) {

    /** How far back the rates look (and never before a person last resumed the sequence). */
    public static final Duration RECENT = Duration.ofDays(7);

    /** The reason to pause for these recent figures, or {@code null} when they are within the limits. */
    public PausedReason breach(SendingReputation.Recent recent) {
        if (recent.sent() < minSample || recent.sent() == 0) {
            return null;
        }
        if ((double) recent.hardBounces() / recent.sent() > maxBounceRate) {
            return PausedReason.BOUNCE_RATE;
        }
        if ((double) recent.complaints() / recent.sent() > maxComplaintRate) {
            return PausedReason.COMPLAINT_RATE;
        }
        return null;
    }
}
