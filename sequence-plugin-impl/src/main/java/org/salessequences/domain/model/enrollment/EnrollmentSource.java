package org.salessequences.domain.model.enrollment;

/** How a contact came into a sequence. */
public enum EnrollmentSource {
    /** Added by a person. */
    MANUAL,
    /** Picked up by a run from the sequence's audience. */
    AUDIENCE
}
