package org.salessequences.domain.model.sequence;

/** How a sequence picks the steps it runs. */
public enum SequenceType {
    /** Steps run on their day; a skipped step does not stop the contact. */
    CLASSIC,
    /** Every interval, the first unexecuted step whose conditions match runs. */
    SMART
}
