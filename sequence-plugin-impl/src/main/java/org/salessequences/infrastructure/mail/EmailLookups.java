package org.salessequences.infrastructure.mail;

import java.util.Map;

import org.salessequences.spi.host.HostContact;

/**
 * What sending one email looks up besides its request: the contact, what its template can read, the sender, and
 * whether the address unsubscribed. Looked up per email ({@link ContactTemplateModels}) or read ahead for a batch
 * ({@link ReadAheadEmailLookups}).
 */
interface EmailLookups {

    /** @throws org.salessequences.application.EffectException when the contact does not exist or the host failed */
    HostContact contact(String contactId);

    /** The template model for the contact (with its account) and the sender. */
    Map<String, Object> model(HostContact contact, Sender sender);

    Sender sender(String ownerId);

    /** Whether the address (stripped) asked for no more email. */
    boolean unsubscribed(String email);
}
