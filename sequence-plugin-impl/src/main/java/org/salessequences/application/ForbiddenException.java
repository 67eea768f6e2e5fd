package org.salessequences.application;

/** The caller is known but lacks the permission the use case needs. */
public class ForbiddenException extends ApplicationException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
