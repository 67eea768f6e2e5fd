package org.salessequences.infrastructure.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.infrastructure.host.embedded.EmbeddedHostCrmFactory;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.application.internal.DefaultHostDataService;
import org.salessequences.infrastructure.host.embedded.EmbeddedHostCrm;
import org.salessequences.infrastructure.host.embedded.JdbcHostDataRepository;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.RecordFilter;

/** The demo data loads through the real host-data service into an empty H2 host, once, and only when asked. */
class DemoHostSeederTest {

    private final DataSource dataSource = TestDatabases.h2();
    private final JdbcHostDataRepository repository = new JdbcHostDataRepository(dataSource, System::currentTimeMillis);
    private final HostCrm crm = new EmbeddedHostCrm(dataSource, System::currentTimeMillis);
    private final DemoHostSeeder seeder = new DemoHostSeeder();

    @BeforeEach
    void wire() {
        seeder.adapters = HostAdapters.named(EmbeddedHostCrmFactory.ID);
        seeder.repository = repository;
        seeder.hostData = new DefaultHostDataService(seeder.adapters, repository, crm);
    }

    @Test
    void loadsAccountsContactsAndViewsThatListRecordsIntoAnEmptyHost() {
        seeder.seed = true;
        seeder.seedWhenEmpty();
        assertEquals(12, crm.accounts(RecordFilter.ALL, null, 100).items().size());
        assertEquals(DemoHostSeeder.CONTACTS, crm.contacts(RecordFilter.ALL, null, 1000).items().size());
        List<SavedViewDefinition> views = repository.views();
        assertEquals(5, views.size());
        for (SavedViewDefinition view : views) {
            int records = view.recordType().equals("CONTACT")
                    ? crm.contacts(RecordFilter.view(view.id()), null, 1000).items().size()
                    : crm.accounts(RecordFilter.view(view.id()), null, 1000).items().size();
            assertTrue(records > 0, view.name() + " lists nothing");
        }
        assertTrue(crm.contacts(RecordFilter.ALL, null, 1000).items().stream()
                .allMatch(contact -> List.of("demo-rep", "demo-admin").contains(contact.ownerId())));

        seeder.seedWhenEmpty();
        assertEquals(DemoHostSeeder.CONTACTS, crm.contacts(RecordFilter.ALL, null, 1000).items().size(),
                "a host that holds data is left alone");
    }

    @Test
    void loadsNothingUnlessAsked() {
        seeder.seed = false;
        seeder.seedWhenEmpty();
        assertTrue(repository.isEmpty());
        assertFalse(crm.savedViews().iterator().hasNext());
    }
}
