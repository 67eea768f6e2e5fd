package org.salessequences.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.host.AccountInput;
import org.salessequences.api.host.AccountView;
import org.salessequences.api.host.ContactInput;
import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.ImportResult;
import org.salessequences.api.host.RecordPage;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.application.ConflictException;
import org.salessequences.application.HostDataService;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.ValidationException;
import org.salessequences.application.validation.HostInputReader;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.host.HostCapabilities;
import org.salessequences.domain.model.host.HostDataRepository;
import org.salessequences.domain.model.host.HostViews;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.application.csv.CsvReader;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostCapability;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.RecordType;

/**
 * Not transactional on purpose: the repository commits each write (a request, or one import batch) in a local
 * transaction of its own, so a long import never holds one transaction open.
 */
@ApplicationScoped
public class DefaultHostDataService implements HostDataService {

    private static final Logger LOG = Logger.getLogger(DefaultHostDataService.class.getName());
    /** Most items one request may create; larger loads go through the CSV import. */
    static final int MAX_ITEMS = 1000;

    @Inject
    HostCapabilities adapters;
    @Inject
    HostDataRepository repository;
    @Inject
    HostCrm hostCrm;

    public DefaultHostDataService() {
        // for CDI
    }

    /** Wired by hand, outside CDI (tools and tests). */
    public DefaultHostDataService(HostCapabilities adapters, HostDataRepository repository, HostCrm hostCrm) {
        this.adapters = adapters;
        this.repository = repository;
        this.hostCrm = hostCrm;
    }

    @Override
    public List<AccountView> addAccounts(List<AccountInput> inputs) {
        requireEmbedded();
        requireItems(inputs);
        Violations violations = new Violations();
        List<HostAccount> accounts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            accounts.add(HostInputReader.readAccount(Violations.item("", i), inputs.get(i), violations, Ids.newId()));
        }
        violations.throwIfAny();
        repository.addAccounts(accounts);
        LOG.fine(() -> LogId.HOST_ACCOUNTS_CREATED + " created " + accounts.size() + " accounts in the embedded host");
        return accounts.stream().map(HostViews::account).toList();
    }

    @Override
    public List<ContactView> addContacts(List<ContactInput> inputs) {
        requireEmbedded();
        requireItems(inputs);
        Violations violations = new Violations();
        List<HostContact> contacts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            contacts.add(HostInputReader.readContact(Violations.item("", i), inputs.get(i), violations, Ids.newId(),
                    false));
        }
        List<HostContact> valid = contacts.stream().filter(Objects::nonNull).toList();
        Set<String> knownAccounts = repository.existingAccountIds(valid.stream().map(HostContact::accountId)
                .filter(Objects::nonNull).toList());
        // Contacts may share an address, as in many CRMs; the import is what matches contacts by address.
        for (int i = 0; i < contacts.size(); i++) {
            HostContact contact = contacts.get(i);
            if (contact == null) {
                continue;
            }
            if (contact.accountId() != null && !knownAccounts.contains(contact.accountId())) {
                violations.add(Violations.item("", i) + ".accountId", "no account has this id");
            }
        }
        violations.throwIfAny();
        repository.addContacts(contacts);
        LOG.fine(() -> LogId.HOST_CONTACTS_CREATED + " created " + contacts.size() + " contacts in the embedded host");
        return contacts.stream().map(contact -> repository.contact(contact.id()).orElseThrow()).toList();
    }

    @Override
    public ImportResult importContacts(InputStream csv, String tag) {
        requireEmbedded();
        String importName = tag == null || tag.isBlank() ? null : tag.strip();
        if (importName != null && importName.length() > 255) {
            throw ValidationException.of("tag", "must be at most 255 characters");
        }
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            ImportResult result = new ContactImport(repository, importName).run(new CsvReader(reader));
            LOG.info(() -> LogId.CONTACTS_IMPORTED + " imported " + result.imported()
                    + " contacts into the embedded host (tag " + importName + "), rejected "
                    + result.rejected().size() + " rows");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(LogId.CSV_UNREADABLE + " the CSV could not be read", e);
        }
    }

    @Override
    public ContactView contact(String id) {
        requireEmbedded();
        return repository.contact(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    @Override
    public SavedViewDefinition addView(SavedViewDefinition view) {
        requireEmbedded();
        Violations violations = new Violations();
        RecordType type = HostInputReader.readView(view, violations);
        violations.throwIfAny();
        SavedViewDefinition stored = new SavedViewDefinition(Ids.newId(), view.name().strip(), type.name(),
                view.conditions() == null ? List.of() : view.conditions(), view.match() == null ? "ALL" : view.match());
        repository.addView(stored);
        return stored;
    }

    @Override
    public List<SavedViewDefinition> views() {
        requireEmbedded();
        return repository.views();
    }

    @Override
    public RecordPage<ContactView> viewContacts(String viewId, String cursor, int size) {
        requireView(viewId, RecordType.CONTACT);
        Page<HostContact> page = hostCrm.contacts(RecordFilter.view(viewId), cursor, size);
        return new RecordPage<>(page.items().stream().map(contact -> HostViews.contact(contact, null, null)).toList(),
                page.nextCursor());
    }

    @Override
    public RecordPage<AccountView> viewAccounts(String viewId, String cursor, int size) {
        requireView(viewId, RecordType.ACCOUNT);
        Page<HostAccount> page = hostCrm.accounts(RecordFilter.view(viewId), cursor, size);
        return new RecordPage<>(page.items().stream().map(HostViews::account).toList(), page.nextCursor());
    }

    private void requireView(String viewId, RecordType type) {
        requireEmbedded();
        boolean exists = repository.views().stream()
                .anyMatch(view -> view.id().equals(viewId) && view.recordType().equals(type.name()));
        if (!exists) {
            throw new NotFoundException("saved view of " + type.name().toLowerCase(java.util.Locale.ROOT) + "s", viewId);
        }
    }

    private void requireEmbedded() {
        if (!adapters.has(HostCapability.OWNS_HOST_DATA)) {
            throw new ConflictException("host data is managed by " + adapters.displayName()
                    + ": the host-data endpoints serve the embedded host only");
        }
    }

    private static void requireItems(List<?> items) {
        if (items == null || items.isEmpty()) {
            throw ValidationException.of("", "must be a non-empty array");
        }
        if (items.size() > MAX_ITEMS) {
            throw ValidationException.of("", "must hold at most " + MAX_ITEMS + " items; import larger sets as CSV");
        }
    }
}
