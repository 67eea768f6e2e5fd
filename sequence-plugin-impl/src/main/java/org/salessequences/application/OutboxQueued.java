package org.salessequences.application;

/**
 * Fired in a transaction that queued effects in the outbox; observed after it commits, so that a run's emails go
 * out while the run is still executing its later chunks rather than at the next timer tick.
 *
 * @param entries how many entries the transaction queued
 */
public record OutboxQueued(int entries) {
}
