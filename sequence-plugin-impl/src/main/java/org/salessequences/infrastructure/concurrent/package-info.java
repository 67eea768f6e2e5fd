/**
 * Threads the application keeps for itself, made by the container's managed thread factory: for work handed off so
 * often that a managed executor's per-task context capture would cost more than the work, for the periodic work, and
 * for the outbox's sending lanes, apart from the container's default executor, whose threads the batch jobs run on.
 */
package org.salessequences.infrastructure.concurrent;
