package org.salessequences.domain.model.enrollment;

/** Where a contact is in a sequence. */
public enum EnrollmentStatus {
    /** Steps run for it. */
    ACTIVE,
    /** Held by a person; no step runs until it is resumed. */
    PAUSED,
    /** Every step done. */
    COMPLETED,
    /** Left before the end, for an {@link ExitReason}. */
    EXITED;

    public boolean isEnded() {
        return this == COMPLETED || this == EXITED;
    }
}
