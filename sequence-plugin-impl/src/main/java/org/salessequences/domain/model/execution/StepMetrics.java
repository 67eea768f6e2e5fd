package org.salessequences.domain.model.execution;

import org.salessequences.domain.model.sequence.StepType;

/** The counts of one step of a sequence. */
public record StepMetrics(String stepId, int position, StepType type, long executed, long skipped, long deferred,
                          long failed, long sent, long opened, long clicked, long replied, long bounced,
                          long unsubscribed, long queued, long retrying) {
}
