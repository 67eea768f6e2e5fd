package org.salessequences.application.mail;

import org.salessequences.application.EffectException;

/**
 * The contact's address unsubscribed from all sequence email: nothing was sent, and nothing ever will be. Not a
 * failure of the step but a reason to skip it, which the caller decides.
 */
public class RecipientUnsubscribedException extends EffectException {

    private static final long serialVersionUID = 1L;

    public RecipientUnsubscribedException(String message) {
        super(message, false);
    }
}
