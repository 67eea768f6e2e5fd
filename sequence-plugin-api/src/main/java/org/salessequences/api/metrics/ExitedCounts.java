package org.salessequences.api.metrics;

/** Exited enrollments by reason. */
public record ExitedCounts(long replied, long unsubscribed, long bounced, long conditions, long removed) {
}
