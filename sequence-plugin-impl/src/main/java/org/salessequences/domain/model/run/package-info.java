/** Runs of a sequence: one Jakarta Batch job execution each, with the counts a person polls. */
package org.salessequences.domain.model.run;
