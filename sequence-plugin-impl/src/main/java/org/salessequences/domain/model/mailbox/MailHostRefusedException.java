package org.salessequences.domain.model.mailbox;

import java.io.IOException;

/**
 * A mailbox server the {@link MailHostPolicy} does not allow. An {@link IOException}, because it is thrown where a
 * connection would have been opened, and mail libraries pass those on as the cause of their own failures.
 */
public class MailHostRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient MailHostPolicy.Refusal refusal;

    public MailHostRefusedException(MailHostPolicy.Refusal refusal) {
        super(refusal.reason());
        this.refusal = refusal;
    }

    public MailHostPolicy.Refusal refusal() {
        return refusal;
    }
}
