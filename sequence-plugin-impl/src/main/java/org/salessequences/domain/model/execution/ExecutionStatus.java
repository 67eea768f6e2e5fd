package org.salessequences.domain.model.execution;

/** What a step did for an enrollment. */
public enum ExecutionStatus {
    /** The step ran: its effect was queued (and is delivered after the run). */
    EXECUTED,
    /** The step will not run for this enrollment; the reason says why. */
    SKIPPED,
    /** Not yet: the step runs at a later run; the reason says what it waits for. */
    DEFERRED,
    /** Its effect failed for good after retries; the reason and detail say how. */
    FAILED;

    /** Whether nothing more will happen to this (enrollment, step). */
    public boolean isFinal() {
        return this != DEFERRED;
    }
}
