package org.salessequences.application;

/**
 * A use case refused a request for a reason the caller can act on. The REST layer turns each kind into a
 * problem document; the message is safe to show to the caller.
 */
public abstract class ApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ApplicationException(String message) {
        super(message);
    }
}
