package org.salessequences.spi.host;

import java.time.Instant;

/**
 * The hour's host-call budget is spent: nothing was sent to the host. Retryable at {@link #resumesAt()}; the plugin
 * defers the work (reason {@code HOST_CALL_BUDGET}) instead of failing it.
 */
public class HostCallBudgetException extends HostCrmException {

    private static final long serialVersionUID = 1L;

    private final Instant resumesAt;

    public HostCallBudgetException(String message, Instant resumesAt) {
        super(message, true);
        this.resumesAt = resumesAt;
    }

    /** When the next hour's budget opens. */
    public Instant resumesAt() {
        return resumesAt;
    }
}
