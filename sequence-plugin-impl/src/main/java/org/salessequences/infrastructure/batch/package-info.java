/** The bridge to the Jakarta Batch runtime: starting the run job and reading its executions. */
package org.salessequences.infrastructure.batch;
