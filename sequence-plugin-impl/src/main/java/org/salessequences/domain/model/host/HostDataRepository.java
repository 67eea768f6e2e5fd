package org.salessequences.domain.model.host;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * The embedded host's records as the host-data use cases write them. Every method that writes several rows does
 * so in one transaction of its own: all of them or none.
 */
public interface HostDataRepository {

    /** Stores new accounts (their ids assigned by the caller). */
    void addAccounts(List<HostAccount> accounts);

    /** Stores new contacts (ids assigned by the caller; emails not yet known), as {@code Not yet contacted}. */
    void addContacts(List<HostContact> contacts);

    /**
     * Creates or updates the contacts of a batch by email.
     *
     * @return the ids the contacts have now, in the batch's order
     */
    List<String> upsertContacts(ContactImportBatch batch);

    /** Those of the given account ids that exist. */
    Set<String> existingAccountIds(Collection<String> ids);

    /** A contact with the fields the plugin keeps on it. */
    Optional<ContactView> contact(String id);

    /** Stores a validated saved view (its id assigned by the caller). */
    void addView(SavedViewDefinition view);

    /** Every saved view, by name. */
    List<SavedViewDefinition> views();

    /** Whether the host holds any contact or account yet. */
    boolean isEmpty();
}
