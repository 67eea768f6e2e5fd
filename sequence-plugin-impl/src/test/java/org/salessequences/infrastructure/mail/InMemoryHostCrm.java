package org.salessequences.infrastructure.mail;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final AtomicInteger lookups = new AtomicInteger();

    public InMemoryHostCrm add(HostContact contact) {
        contacts.put(contact.id(), contact);
        return this;
    }

    public InMemoryHostCrm add(HostAccount account) {
        accounts.put(account.id(), account);
        return this;
    }

    /** Calls that read records by id so far: one for several contacts read at once. */
    public int lookups() {
        return lookups.get();
    }

    @Override
    public Optional<HostContact> findContact(String contactId) {
        lookups.incrementAndGet();
        return Optional.ofNullable(contacts.get(contactId));
    }

    @Override
    public List<HostContact> findContacts(Collection<String> contactIds) {
        lookups.incrementAndGet();
        return contactIds.stream().map(contacts::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<HostAccount> findAccount(String accountId) {
        lookups.incrementAndGet();
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
