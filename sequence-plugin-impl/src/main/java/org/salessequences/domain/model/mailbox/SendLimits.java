package org.salessequences.domain.model.mailbox;

import java.time.Duration;

/**
 * How fast a rep's mailbox may send, beside the daily limit of every user.
 *
 * @param perHour           at most this many emails in any 60 minutes, {@code null} for no such limit
 * @param minSecondsBetween at least this many seconds from one email to the next, {@code null} for none
 */
public record SendLimits(Integer perHour, Integer minSecondsBetween) {

    public static final SendLimits NONE = new SendLimits(null, null);
    public static final int MAX_PER_HOUR = 100_000;
    public static final int MAX_SECONDS_BETWEEN = 86_400;

    /** Whether any limit applies (emails of a mailbox without limits go out as they come). */
    public boolean limited() {
        return perHour != null || minSecondsBetween != null && minSecondsBetween > 0;
    }

    /** The spacing between two emails (zero without one). */
    public Duration spacing() {
        return minSecondsBetween == null ? Duration.ZERO : Duration.ofSeconds(minSecondsBetween);
    }
}
