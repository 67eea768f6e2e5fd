package org.salessequences.application;

/**
 * Fired (asynchronously) when a run's job ends, so that its queued effects and host updates go out at once
 * rather than at the next timer tick.
 *
 * @param runId      the run
 * @param sequenceId its sequence
 */
public record RunEnded(String runId, String sequenceId) {
}
