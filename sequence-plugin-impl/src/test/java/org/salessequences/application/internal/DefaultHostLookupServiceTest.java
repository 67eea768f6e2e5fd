package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salessequences.api.Permission;
import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ViewSummary;
import org.salessequences.application.Caller;
import org.salessequences.application.NotFoundException;
import org.salessequences.domain.model.contact.ContactVisibility;
import org.salessequences.infrastructure.mail.InMemoryHostCrm;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

class DefaultHostLookupServiceTest {

    private static final Caller REP = new Caller("rep", null, null, Set.of(Permission.VIEW));
    private static final Caller OTHER_REP = new Caller("other-rep", null, null, Set.of(Permission.VIEW));
    private static final Caller ADMIN = new Caller("admin", null, null, Set.of(Permission.VIEW, Permission.ADMIN));

    private static HostContact contact(String id, String ownerId) {
        return new HostContact(id, id + "@example.com", "F", "L", null, null, ownerId, null, Map.of(), Map.of());
    }

    @Test
    void contactFieldsCarryTheNameAndThePluginKeptFields() {
        InMemoryHostCrm host = new InMemoryHostCrm().add(new HostContact("c1", "ada@example.com", "Ada", "Lovelace",
                null, null, "rep", null, Map.of("lastContactedMode", "No reply", "lastActivityType", "SMS",
                "city", "London"), Map.of()));

        assertEquals(new ContactFields("c1", "Ada", "Lovelace", "ada@example.com", "No reply", "SMS"),
                new DefaultHostLookupService(host, ContactVisibility.OWNER).contactFields(REP, "c1"));
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> new DefaultHostLookupService(new InMemoryHostCrm(), ContactVisibility.OWNER)
                        .contactFields(REP, "nobody"));
    }

    @Test
    void underOwnerVisibilityARepReachesOwnAndUnownedContactsAndAdminsReachAll() {
        InMemoryHostCrm host = new InMemoryHostCrm().add(contact("mine", "rep")).add(contact("nobodys", null))
                .add(contact("theirs", "other-rep"));
        DefaultHostLookupService owner = new DefaultHostLookupService(host, ContactVisibility.OWNER);

        assertEquals("mine", owner.contactFields(REP, "mine").id());
        assertEquals("nobodys", owner.contactFields(REP, "nobodys").id());
        assertThrows(NotFoundException.class, () -> owner.contactFields(REP, "theirs"), "as if it did not exist");
        assertThrows(NotFoundException.class, () -> owner.requireReachable(REP, "theirs"));
        owner.requireReachable(REP, "mine");
        owner.requireReachable(REP, "gone-from-the-host");
        owner.requireReachable(OTHER_REP, "theirs");
        assertEquals("theirs", owner.contactFields(ADMIN, "theirs").id());
        owner.requireReachable(ADMIN, "theirs");

        DefaultHostLookupService all = new DefaultHostLookupService(host, ContactVisibility.ALL);
        assertEquals("theirs", all.contactFields(REP, "theirs").id());
        all.requireReachable(REP, "theirs");
    }

    @Test
    void viewsAreListedByName() {
        InMemoryHostCrm host = new InMemoryHostCrm() {
            @Override
            public List<SavedView> savedViews() {
                return List.of(new SavedView("v2", "zeta accounts", RecordType.ACCOUNT),
                        new SavedView("v1", "Alpha contacts", RecordType.CONTACT));
            }
        };

        assertEquals(List.of(new ViewSummary("v1", "Alpha contacts", "CONTACT"),
                        new ViewSummary("v2", "zeta accounts", "ACCOUNT")),
                new DefaultHostLookupService(host, ContactVisibility.OWNER).views());
    }
}
