package org.salessequences.application;

/** The caller has reached a configured per-user limit. */
public class LimitExceededException extends ApplicationException {

    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}
