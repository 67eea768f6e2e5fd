package org.salessequences.application;

import org.salessequences.api.me.MailboxCheck;
import org.salessequences.api.me.MailboxSettings;
import org.salessequences.api.me.MailboxTestEmail;
import org.salessequences.api.me.MailboxView;

/** A rep's own mailbox: only ever the caller's, passwords write-only. */
public interface MailboxService {

    /** @throws NotFoundException when the caller has not set up a mailbox */
    MailboxView get(Caller caller);

    /**
     * Validates and stores the caller's mailbox; a password left out keeps the stored one (only while the server
     * and login stay the same).
     *
     * @throws ValidationException naming each bad field ({@code smtp.port}); nothing is stored then
     */
    MailboxView put(Caller caller, MailboxSettings settings);

    /**
     * Connects to each stored server of the caller's mailbox and logs in, sending and reading nothing.
     *
     * @throws NotFoundException when the caller has not set up a mailbox
     */
    MailboxCheck check(Caller caller);

    /**
     * Sends a short email through the caller's mailbox (the default one when it has no server of its own) to the
     * caller's own address.
     *
     * @throws NotFoundException when the caller has not set up a mailbox
     * @throws EffectException   when it could not be sent, in words
     */
    MailboxTestEmail sendTestEmail(Caller caller);
}
