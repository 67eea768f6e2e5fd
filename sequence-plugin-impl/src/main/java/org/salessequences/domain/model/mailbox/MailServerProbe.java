package org.salessequences.domain.model.mailbox;

import java.util.Optional;

/**
 * Tries a rep's mail server as sending (SMTP) or reading replies (IMAP) would: connects, logs in and leaves,
 * without sending or reading anything; where the {@link MailHostPolicy} allows only.
 */
public interface MailServerProbe {

    /** Empty when the server took the connection and the login; otherwise why not, in the rep's words. */
    Optional<String> problem(MailProtocol protocol, MailServer server);
}
