package org.salessequences.domain.model.enrollment;

/** Why an enrollment left its sequence. */
public enum ExitReason {
    REPLIED, UNSUBSCRIBED, BOUNCED, CONDITIONS, REMOVED
}
