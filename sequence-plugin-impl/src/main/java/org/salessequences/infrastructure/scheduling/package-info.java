/**
 * The plugin's periodic work: the sequence scheduler (an EJB timer; one run per due sequence, cluster-wide), and on
 * threads of {@code PeriodicWork} the outbox pump, the host contact sync, the run-range helper and the retention
 * pass; the pump and the sync are also woken when a run ends.
 */
package org.salessequences.infrastructure.scheduling;
