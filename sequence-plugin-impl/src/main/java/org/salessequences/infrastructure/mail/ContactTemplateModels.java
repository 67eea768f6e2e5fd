package org.salessequences.infrastructure.mail;

import java.util.Map;
import java.util.Optional;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;

/**
 * Looks up what a template of one owner's step for one contact can read: the contact, its account and the sender
 * (the owner's mailbox or the default one), as a {@link TemplateModel}. Host failures become effect failures,
 * retryable when the host said so.
 */
final class ContactTemplateModels {

    private final HostCrm host;
    private final MailboxRepository mailboxes;
    private final MailSettings settings;

    ContactTemplateModels(HostCrm host, MailboxRepository mailboxes, MailSettings settings) {
        this.host = host;
        this.mailboxes = mailboxes;
        this.settings = settings;
    }

    Map<String, Object> model(HostContact contact, Sender sender) {
        return TemplateModel.of(contact, account(contact), sender);
    }

    HostContact contact(String contactId) {
        try {
            return host.findContact(contactId).orElseThrow(() ->
                    new EffectException("SEQ-0628 contact " + contactId + " does not exist in the host", false));
        } catch (HostCrmException e) {
            throw new EffectException("SEQ-0629 the host could not be asked for contact " + contactId + ": "
                    + e.getMessage(), e.isRetryable(), e);
        }
    }

    private HostAccount account(HostContact contact) {
        if (contact.accountId() == null) {
            return null;
        }
        try {
            Optional<HostAccount> account = host.findAccount(contact.accountId());
            return account.orElse(null);
        } catch (HostCrmException e) {
            throw new EffectException("SEQ-0629 the host could not be asked for account " + contact.accountId()
                    + ": " + e.getMessage(), e.isRetryable(), e);
        }
    }

    Sender sender(String ownerId) {
        return Sender.of(mailboxes.find(ownerId).orElse(null), settings);
    }
}
