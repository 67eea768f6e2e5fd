package org.salessequences.application;

import java.io.InputStream;
import java.util.List;

import org.salessequences.api.host.AccountInput;
import org.salessequences.api.host.AccountView;
import org.salessequences.api.host.ContactInput;
import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.ImportResult;
import org.salessequences.api.host.RecordPage;
import org.salessequences.api.host.SavedViewDefinition;

/**
 * Filling and inspecting the embedded host CRM. Every use case refuses with {@link ConflictException} when
 * another host adapter is configured: that host's data is managed there.
 */
public interface HostDataService {

    /**
     * Creates accounts, all or none.
     *
     * @throws ValidationException naming every bad item field ({@code [2].name}); nothing is stored
     */
    List<AccountView> addAccounts(List<AccountInput> accounts);

    /**
     * Creates contacts, all or none, in request order.
     *
     * @throws ValidationException naming every bad item field ({@code [3].email}), including emails already
     *                             known and unknown account ids; nothing is stored
     */
    List<ContactView> addContacts(List<ContactInput> contacts);

    /**
     * Imports contacts from CSV with a header row, read as a stream: each batch of rows is written in its own
     * transaction, created or updated by email; bad rows are reported by line and never stop the others.
     *
     * @param tag stored on every imported contact as {@code importName}; may be {@code null}
     * @throws ValidationException when the header row itself is unusable; nothing is stored
     */
    ImportResult importContacts(InputStream csv, String tag);

    /** @throws NotFoundException when there is no such contact */
    ContactView contact(String id);

    /** @throws ValidationException naming every bad field of the view */
    SavedViewDefinition addView(SavedViewDefinition view);

    List<SavedViewDefinition> views();

    /**
     * One page of the contacts of a saved view of contacts, streamed through the host port.
     *
     * @throws NotFoundException when there is no such view of contacts
     */
    RecordPage<ContactView> viewContacts(String viewId, String cursor, int size);

    /** One page of the accounts of a saved view of accounts. */
    RecordPage<AccountView> viewAccounts(String viewId, String cursor, int size);
}
