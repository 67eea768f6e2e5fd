package org.salessequences.infrastructure.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.SavedView;

/** A host with the contacts and accounts a test adds; the channel only reads records by id. */
public class InMemoryHostCrm implements HostCrm {

    private final Map<String, HostContact> contacts = new ConcurrentHashMap<>();
    private final Map<String, HostAccount> accounts = new ConcurrentHashMap<>();

    public InMemoryHostCrm add(HostContact contact) {
        contacts.put(contact.id(), contact);
        return this;
    }

    public InMemoryHostCrm add(HostAccount account) {
        accounts.put(account.id(), account);
        return this;
    }

    @Override
    public Optional<HostContact> findContact(String contactId) {
        return Optional.ofNullable(contacts.get(contactId));
    }

    @Override
    public Optional<HostAccount> findAccount(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public Page<HostContact> contacts(RecordFilter filter, String cursor, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<HostAccount> accounts(RecordFilter filter, String cursor, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<HostContact> contactsOfAccount(String accountId, String cursor, int size) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SavedView> savedViews() {
        return List.of();
    }

    @Override
    public void updateContact(String contactId, ContactUpdate update) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void logActivity(String contactId, HostActivity activity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String createTask(HostTask task) {
        throw new UnsupportedOperationException();
    }
}
