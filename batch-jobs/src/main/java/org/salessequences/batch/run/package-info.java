/** Artifacts of {@code SequenceRunJob}: one run of one sequence. */
package org.salessequences.batch.run;
