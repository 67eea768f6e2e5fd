package org.salessequences.domain.model.enrollment;

/** Why an enrollment is paused. */
public enum PauseReason {
    /** A person paused it; it waits for a person to resume it. */
    BY_USER,
    /** The contact's out-of-office gave a return date: it resumes by itself the next business day after it. */
    OUT_OF_OFFICE
}
