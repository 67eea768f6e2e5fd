/**
 * Threads the application keeps for itself, made by the container's managed thread factory: for work handed off so
 * often that a managed executor's per-task context capture would cost more than the work, and for the periodic work;
 * and the managed executor of the outbox's work, apart from the one the batch jobs run on.
 */
package org.salessequences.infrastructure.concurrent;
