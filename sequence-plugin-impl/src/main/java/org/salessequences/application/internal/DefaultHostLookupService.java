package org.salessequences.application.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ContactMatch;
import org.salessequences.api.host.ViewSummary;
import org.salessequences.application.Caller;
import org.salessequences.application.HostLookupService;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.ValidationException;
import org.salessequences.domain.model.contact.ContactVisibility;
import org.salessequences.spi.host.ContactSearch;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/** Reads through the {@link HostCrm} port, so it answers the same with the embedded host and with Freshsales. */
@ApplicationScoped
public class DefaultHostLookupService implements HostLookupService {

    @Inject
    HostCrm hostCrm;
    @Inject
    ContactVisibility visibility;

    /** Longer than any name or address a user types into a picker. */
    private static final int MAX_QUERY = 200;

    public DefaultHostLookupService() {
        // for CDI
    }

    /** Wired by hand, outside CDI (tests). */
    public DefaultHostLookupService(HostCrm hostCrm, ContactVisibility visibility) {
        this.hostCrm = hostCrm;
        this.visibility = visibility;
    }

    @Override
    public ContactFields contactFields(Caller caller, String contactId) {
        // Another rep's contact answers as one that does not exist, so that its existence does not leak either.
        HostContact contact = hostCrm.findContact(contactId)
                .filter(found -> caller.canReach(visibility, found.ownerId()))
                .orElseThrow(() -> new NotFoundException("contact", contactId));
        return new ContactFields(contact.id(), contact.firstName(), contact.lastName(), contact.email(),
                contact.property("lastContactedMode"), contact.property("lastActivityType"));
    }

    @Override
    public void requireReachable(Caller caller, String contactId) {
        if (caller.isAdmin() || visibility == ContactVisibility.ALL) {
            return; // every contact is reachable: no need to ask the host
        }
        hostCrm.findContact(contactId).filter(found -> !caller.canReach(visibility, found.ownerId()))
                .ifPresent(found -> {
                    throw new NotFoundException("contact", contactId);
                });
    }

    @Override
    public List<ContactMatch> searchContacts(Caller caller, String query, int size) {
        String prefix = query == null ? "" : query.strip();
        if (prefix.length() > MAX_QUERY) {
            throw ValidationException.of("q", "must be at most " + MAX_QUERY + " characters");
        }
        String reachableBy = caller.isAdmin() || visibility == ContactVisibility.ALL ? null : caller.userId();
        List<HostContact> found = hostCrm.searchContacts(new ContactSearch(prefix, reachableBy, size));
        Map<String, String> accountNames = new HashMap<>();
        return found.stream().filter(contact -> caller.canReach(visibility, contact.ownerId()))
                .map(contact -> new ContactMatch(contact.id(), displayName(contact), contact.email(),
                        contact.accountId() == null ? null : accountNames.computeIfAbsent(contact.accountId(),
                                id -> hostCrm.findAccount(id).map(HostAccount::name).orElse(null))))
                .toList();
    }

    /** First and last name, or the address of a contact without a name. */
    static String displayName(HostContact contact) {
        String name = ((contact.firstName() == null ? "" : contact.firstName()) + " "
                + (contact.lastName() == null ? "" : contact.lastName())).strip();
        return name.isEmpty() ? contact.email() : name;
    }

    @Override
    public List<ViewSummary> views() {
        return hostCrm.savedViews().stream()
                .map(view -> new ViewSummary(view.id(), view.name(), view.recordType().name()))
                .sorted(Comparator.comparing(ViewSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
