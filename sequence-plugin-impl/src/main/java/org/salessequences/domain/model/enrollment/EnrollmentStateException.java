package org.salessequences.domain.model.enrollment;

/** An enrollment cannot make the asked change from the state it is in (resume one that is not paused, say). */
public class EnrollmentStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnrollmentStateException(String message) {
        super(message);
    }
}
