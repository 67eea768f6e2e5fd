package org.salessequences.spi.message;

/** A text message could not be sent. Retryable failures (5xx, network) are tried again later; others are final. */
public class SmsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public SmsException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public SmsException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean isRetryable() {
        return retryable;
    }
}
