package org.salessequences.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ViewSummary;
import org.salessequences.application.NotFoundException;
import org.salessequences.infrastructure.mail.InMemoryHostCrm;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

class DefaultHostLookupServiceTest {

    @Test
    void contactFieldsCarryTheNameAndThePluginKeptFields() {
        InMemoryHostCrm host = new InMemoryHostCrm().add(new HostContact("c1", "ada@example.com", "Ada", "Lovelace",
                null, null, "rep", null, Map.of("lastContactedMode", "No reply", "lastActivityType", "SMS",
                "city", "London"), Map.of()));

        assertEquals(new ContactFields("c1", "Ada", "Lovelace", "ada@example.com", "No reply", "SMS"),
                new DefaultHostLookupService(host).contactFields("c1"));
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> new DefaultHostLookupService(new InMemoryHostCrm()).contactFields("nobody"));
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
                new DefaultHostLookupService(host).views());
    }
}
