package org.salessequences.infrastructure.security;

/**
 * A token that is malformed, wrongly signed or expired. The message says which, never the token itself.
 */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }
}
