package org.salessequences.application;

/** The request clashes with the current state, e.g. a run of the sequence is already under way. */
public class ConflictException extends ApplicationException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
