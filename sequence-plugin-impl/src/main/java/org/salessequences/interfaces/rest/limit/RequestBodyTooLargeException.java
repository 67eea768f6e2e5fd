package org.salessequences.interfaces.rest.limit;

/**
 * A request body passed its endpoint's limit: declared so in {@code Content-Length}, or found so while it was
 * read. Unchecked, so that no reader in between takes it for a failure of the connection.
 */
public class RequestBodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public RequestBodyTooLargeException(BodyLimit.Kind kind, long limit) {
        super("the request body is larger than the " + limit + " bytes this endpoint accepts (" + kind.key() + ")");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** This exception where a reader wrapped it in its own, or {@code null}. */
    static RequestBodyTooLargeException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return tooLarge;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
