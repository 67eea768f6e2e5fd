package org.salessequences.domain.model.host;

import java.util.List;

import org.salessequences.api.host.AccountView;
import org.salessequences.api.host.ContactView;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/** Host records as the host-data endpoints show them. */
public final class HostViews {

    private HostViews() {
    }

    /**
     * @param activeSequences    {@code null} where they are not read (pages of a view)
     * @param completedSequences likewise
     */
    public static ContactView contact(HostContact contact, List<String> activeSequences,
                                      List<String> completedSequences) {
        return new ContactView(contact.id(), contact.email(), contact.firstName(), contact.lastName(), contact.phone(),
                contact.timezone(), contact.ownerId(), contact.accountId(), contact.property("city"),
                contact.property("state"), contact.property("country"), contact.property("jobTitle"),
                contact.property("importName"), contact.property("lastContactedMode"),
                contact.property("lastActivityType"), activeSequences, completedSequences, contact.customFields());
    }

    public static AccountView account(HostAccount account) {
        return new AccountView(account.id(), account.name(), account.domain(), account.property("city"),
                account.property("country"), account.property("industry"), account.customFields());
    }
}
