/**
 * Timers of the plugin: the sequence scheduler (one run per due sequence, cluster-wide), the outbox pump and
 * the host contact sync, each woken early when a run ends.
 */
package org.salessequences.infrastructure.scheduling;
