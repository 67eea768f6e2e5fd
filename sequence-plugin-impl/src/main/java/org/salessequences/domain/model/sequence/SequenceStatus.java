package org.salessequences.domain.model.sequence;

/** Whether a sequence is scheduled. Only {@link #ACTIVE} sequences run on their schedule. */
public enum SequenceStatus {
    DRAFT, ACTIVE, PAUSED
}
