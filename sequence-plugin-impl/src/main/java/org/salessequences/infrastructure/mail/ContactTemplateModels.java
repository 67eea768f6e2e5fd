package org.salessequences.infrastructure.mail;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.domain.model.mailbox.SenderAddresses;
import org.salessequences.infrastructure.persistence.jdbc.JdbcSentEmailLookup;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;

/**
 * Looks up, one email at a time, what a template of one owner's step for one contact can read: the contact, its
 * account and the sender (the owner's mailbox or the default one), as a {@link TemplateModel}; and whether the
 * address unsubscribed. Host failures become effect failures, retryable when the host said so.
 */
final class ContactTemplateModels implements EmailLookups {

    private final HostCrm host;
    private final MailboxRepository mailboxes;
    private final MailSettings settings;
    private final JdbcSentEmailLookup sentEmails;
    private final SenderAddresses senderAddresses;

    ContactTemplateModels(HostCrm host, MailboxRepository mailboxes, MailSettings settings,
                          JdbcSentEmailLookup sentEmails, SenderAddresses senderAddresses) {
        this.host = host;
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.sentEmails = sentEmails;
        this.senderAddresses = senderAddresses;
    }

    @Override
    public Map<String, Object> model(HostContact contact, Sender sender) {
        return TemplateModel.of(contact, account(contact), sender);
    }

    @Override
    public HostContact contact(String contactId) {
        try {
            return host.findContact(contactId).orElseThrow(() ->
                    new EffectException(LogId.CONTACT_NOT_FOUND + " contact " + contactId
                            + " does not exist in the host", false));
        } catch (HostCrmException e) {
            throw new EffectException(LogId.HOST_NOT_ASKED + " the host could not be asked for contact " + contactId
                    + ": " + e.getMessage(), e.isRetryable(), e);
        }
    }

    /**
     * The contacts of these ids that exist, in one call to the host.
     *
     * @throws EffectException when the host failed
     */
    List<HostContact> contacts(Collection<String> contactIds) {
        try {
            return host.findContacts(contactIds);
        } catch (HostCrmException e) {
            throw new EffectException(LogId.HOST_NOT_ASKED + " the host could not be asked for " + contactIds.size()
                    + " contacts: " + e.getMessage(), e.isRetryable(), e);
        }
    }

    /** The contact's account, {@code null} when it has none or it no longer exists. */
    HostAccount account(HostContact contact) {
        if (contact.accountId() == null) {
            return null;
        }
        try {
            Optional<HostAccount> account = host.findAccount(contact.accountId());
            return account.orElse(null);
        } catch (HostCrmException e) {
            throw new EffectException(LogId.HOST_NOT_ASKED + " the host could not be asked for account "
                    + contact.accountId() + ": " + e.getMessage(), e.isRetryable(), e);
        }
    }

    @Override
    public Sender sender(String ownerId) {
        return Sender.of(mailboxes.find(ownerId).orElse(null), settings, senderAddresses);
    }

    @Override
    public boolean unsubscribed(String email) {
        return sentEmails.isUnsubscribed(email);
    }

    /** Those of the addresses (stripped) that asked for no more email, in one query per few hundred. */
    Set<String> unsubscribedAmong(Collection<String> emails) {
        return sentEmails.unsubscribedAmong(emails);
    }
}
