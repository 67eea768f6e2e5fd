package org.salessequences.spi.host;

/**
 * The host could not do what was asked. {@link #isRetryable()} tells a transient failure (rate limit, 5xx,
 * network) from one that will fail again (bad credentials, unknown record).
 */
public class HostCrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public HostCrmException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public HostCrmException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean isRetryable() {
        return retryable;
    }
}
