package org.salessequences.application;

import org.salessequences.api.me.MailboxSettings;
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
}
