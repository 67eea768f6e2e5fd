package org.salessequences.infrastructure.mail;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * The lookups of a batch of emails made ahead: the contacts in one call to the host, each distinct account and
 * sender once, and the unsubscribe list in one query, instead of each email asking for its own. What was not read
 * ahead (a contact outside the batch) is looked up as a single email would. Used by one thread.
 */
final class ReadAheadEmailLookups implements EmailLookups {

    private final ContactTemplateModels direct;
    private final Map<String, HostContact> contacts = new HashMap<>();
    private final Map<String, HostAccount> accounts = new HashMap<>();
    private final Map<String, Sender> senders = new HashMap<>();
    private final Set<String> addressesChecked;
    private final Set<String> unsubscribed;

    ReadAheadEmailLookups(ContactTemplateModels direct, Collection<String> contactIds, Collection<String> ownerIds) {
        this.direct = direct;
        List<HostContact> found = direct.contacts(contactIds);
        found.forEach(contact -> contacts.put(contact.id(), contact));
        found.stream().filter(contact -> contact.accountId() != null && !accounts.containsKey(contact.accountId()))
                .forEach(contact -> accounts.put(contact.accountId(), direct.account(contact)));
        ownerIds.stream().distinct().forEach(owner -> senders.put(owner, direct.sender(owner)));
        addressesChecked = Set.copyOf(found.stream().map(HostContact::email).filter(Objects::nonNull)
                .map(String::strip).filter(email -> !email.isEmpty()).toList());
        unsubscribed = Set.copyOf(direct.unsubscribedAmong(addressesChecked));
    }

    @Override
    public HostContact contact(String contactId) {
        HostContact contact = contacts.get(contactId);
        return contact != null ? contact : direct.contact(contactId);
    }

    @Override
    public Map<String, Object> model(HostContact contact, Sender sender) {
        if (contact.accountId() != null && !accounts.containsKey(contact.accountId())) {
            return direct.model(contact, sender);
        }
        return TemplateModel.of(contact, contact.accountId() == null ? null : accounts.get(contact.accountId()),
                sender);
    }

    @Override
    public Sender sender(String ownerId) {
        Sender sender = senders.get(ownerId);
        return sender != null ? sender : direct.sender(ownerId);
    }

    @Override
    public boolean unsubscribed(String email) {
        return addressesChecked.contains(email) ? unsubscribed.contains(email) : direct.unsubscribed(email);
    }
}
