/**
 * The members of a cluster as the database knows them: which member this JVM is, and when each member last showed
 * it was alive, so that the runs and outbox claims of a member that stopped are taken over by the others.
 */
package org.salessequences.domain.model.cluster;
