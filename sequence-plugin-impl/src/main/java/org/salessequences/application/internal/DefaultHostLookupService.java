package org.salessequences.application.internal;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ViewSummary;
import org.salessequences.application.Caller;
import org.salessequences.application.HostLookupService;
import org.salessequences.application.NotFoundException;
import org.salessequences.domain.model.contact.ContactVisibility;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;

/** Reads through the {@link HostCrm} port, so it answers the same with the embedded host and with Freshsales. */
@ApplicationScoped
public class DefaultHostLookupService implements HostLookupService {

    @Inject
    HostCrm hostCrm;
    @Inject
    ContactVisibility visibility;

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
    public List<ViewSummary> views() {
        return hostCrm.savedViews().stream()
                .map(view -> new ViewSummary(view.id(), view.name(), view.recordType().name()))
                .sorted(Comparator.comparing(ViewSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
