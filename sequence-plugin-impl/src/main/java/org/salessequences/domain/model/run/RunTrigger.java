package org.salessequences.domain.model.run;

/** What started a run. */
public enum RunTrigger {
    /** The scheduler, at the sequence's time. */
    SCHEDULE,
    /** A person, through "run now". */
    MANUAL
}
