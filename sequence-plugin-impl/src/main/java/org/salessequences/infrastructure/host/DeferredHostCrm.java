package org.salessequences.infrastructure.host;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.inject.Vetoed;

import org.salessequences.spi.host.ContactSearch;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.SavedView;

/**
 * The adapter as the application sees it: each call goes to the adapter {@link HostAdapters} started, or fails with
 * the reason it could not start (so a host that comes up later is used without a restart).
 */
@Vetoed
final class DeferredHostCrm implements HostCrm {

    private final Supplier<HostCrm> adapter;

    DeferredHostCrm(Supplier<HostCrm> adapter) {
        this.adapter = adapter;
    }

    @Override
    public void probe() {
        adapter.get().probe();
    }

    @Override
    public Optional<HostContact> findContact(String contactId) {
        return adapter.get().findContact(contactId);
    }

    @Override
    public List<HostContact> findContacts(Collection<String> contactIds) {
        return adapter.get().findContacts(contactIds);
    }

    @Override
    public Optional<HostAccount> findAccount(String accountId) {
        return adapter.get().findAccount(accountId);
    }

    @Override
    public List<HostContact> searchContacts(ContactSearch search) {
        return adapter.get().searchContacts(search);
    }

    @Override
    public Optional<HostContact> findContactByEmail(String email) {
        return adapter.get().findContactByEmail(email);
    }

    @Override
    public Page<HostContact> contacts(RecordFilter filter, String cursor, int size) {
        return adapter.get().contacts(filter, cursor, size);
    }

    @Override
    public Page<HostAccount> accounts(RecordFilter filter, String cursor, int size) {
        return adapter.get().accounts(filter, cursor, size);
    }

    @Override
    public Page<HostContact> contactsOfAccount(String accountId, String cursor, int size) {
        return adapter.get().contactsOfAccount(accountId, cursor, size);
    }

    @Override
    public List<SavedView> savedViews() {
        return adapter.get().savedViews();
    }

    @Override
    public void updateContact(String contactId, ContactUpdate update) {
        adapter.get().updateContact(contactId, update);
    }

    @Override
    public void logActivity(String contactId, HostActivity activity) {
        adapter.get().logActivity(contactId, activity);
    }

    @Override
    public String createTask(HostTask task) {
        return adapter.get().createTask(task);
    }

    @Override
    public void completeTask(String taskId, String outcome, String note) {
        adapter.get().completeTask(taskId, outcome, note);
    }
}
