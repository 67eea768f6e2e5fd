/**
 * The outbox: side effects of step executions (send an email or a text, create a reminder or a task, update the
 * host contact), written in the same transaction as the execution and carried out after it commits, with
 * retries and backoff, each independently of the others.
 */
package org.salessequences.domain.model.outbox;
