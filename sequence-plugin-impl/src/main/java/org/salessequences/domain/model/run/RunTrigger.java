package org.salessequences.domain.model.run;

/** What started a run. */
public enum RunTrigger {
    /** The scheduler, at the sequence's time. */
    SCHEDULE,
    /** A person, through "run now". */
    MANUAL,
    /**
     * The scheduler, at the time some contacts of a sequence that sends in its recipients' time zones are due: the run
     * executes their due steps only (the audience and exit conditions are walked at the sequence's own runs).
     */
    CONTACTS
}
