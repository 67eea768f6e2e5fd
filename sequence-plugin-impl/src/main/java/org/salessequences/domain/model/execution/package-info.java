/**
 * Step executions: the one record per (enrollment, step) of what a step did for a contact, with a
 * machine-readable reason whenever it did not simply run, and the planning rules that decide it.
 */
package org.salessequences.domain.model.execution;
