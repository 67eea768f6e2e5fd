package org.salessequences.infrastructure.host.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.spi.host.kit.HostCrmContractTest;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.spi.host.ContactSearch;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.RecordFilter;

/** The host port contract on the embedded host in H2 (and, through a subclass, in PostgreSQL). */
class EmbeddedHostCrmTest extends HostCrmContractTest {

    private DataSource dataSource;
    private EmbeddedHostCrm crm;
    private JdbcHostDataRepository repository;

    /** The database under the host; a fresh one per test. */
    protected DataSource database() {
        return TestDatabases.h2();
    }

    @Override
    protected HostCrm crm() {
        return crm;
    }

    @Override
    protected Hosted givenHost(List<HostAccount> accounts, List<HostContact> contacts) {
        dataSource = database();
        crm = new EmbeddedHostCrm(dataSource, System::currentTimeMillis);
        repository = new JdbcHostDataRepository(dataSource, System::currentTimeMillis);
        List<HostAccount> stored = accounts.stream().map(account -> new HostAccount(Ids.newId(), account.name(),
                account.domain(), account.properties(), account.customFields())).toList();
        repository.addAccounts(stored);
        List<HostContact> storedContacts = new ArrayList<>();
        for (HostContact contact : contacts) {
            storedContacts.add(new HostContact(Ids.newId(), contact.email(), contact.firstName(), contact.lastName(),
                    contact.phone(), contact.timezone(), contact.ownerId(),
                    contact.accountId() == null ? null : stored.get(Integer.parseInt(contact.accountId())).id(),
                    contact.properties(), contact.customFields()));
        }
        repository.addContacts(storedContacts);
        return new Hosted(stored.stream().map(HostAccount::id).toList(),
                storedContacts.stream().map(HostContact::id).toList());
    }

    @Override
    protected String givenContactViewOfCity(String name, String city) {
        String id = Ids.newId();
        repository.addView(new SavedViewDefinition(id, name, "CONTACT",
                List.of(new ConditionDefinition("city", "EQUALS", city)), "ALL"));
        return id;
    }

    @Override
    protected ContactUpdate pluginFieldsOf(String contactId) {
        ContactView contact = repository.contact(contactId).orElseThrow();
        return new ContactUpdate(contact.lastContactedMode(), contact.lastActivityType(), contact.activeSequences(),
                contact.completedSequences());
    }

    @Override
    protected List<String> activityTitlesOf(String contactId) {
        return strings("SELECT title FROM host_activity WHERE contact_id = ? ORDER BY occurred_at", contactId);
    }

    @Override
    protected String unknownId() {
        return Ids.newId();
    }

    @Test
    void contactsAreFoundByTheStartOfTheirNameOrEmailWithoutCaseAndWithinTheOwnersReach() {
        givenHost(List.of(), List.of(
                new HostContact(null, "ada@acme.example", "Ada", "Lovelace", null, null, "rita", null, Map.of(), Map.of()),
                new HostContact(null, "grace@navy.example", "Grace", "Hopper", null, null, "bob", null, Map.of(), Map.of()),
                new HostContact(null, "adam@x.example", "Adam", "Smith", null, null, null, null, Map.of(), Map.of()),
                new HostContact(null, "100%@y.example", "Per", "Cent", null, null, null, null, Map.of(), Map.of())));

        assertEquals(List.of("Ada", "Adam"), firstNames(new ContactSearch("AD", null, 10)));
        assertEquals(List.of("Grace"), firstNames(new ContactSearch("hop", null, 10)));
        assertEquals(List.of("Grace"), firstNames(new ContactSearch("grace@n", null, 10)));
        assertEquals(List.of("Ada"), firstNames(new ContactSearch("ada love", null, 10)));
        assertEquals(List.of("Ada"), firstNames(new ContactSearch("ad", null, 1)), "the limit holds");
        assertEquals(List.of("Ada", "Adam"), firstNames(new ContactSearch("a", "rita", 10)),
                "a rep reaches their own contacts and those of nobody");
        assertEquals(List.of("Per"), firstNames(new ContactSearch("100%", null, 10)));
        assertEquals(List.of(), firstNames(new ContactSearch("1_0", null, 10)), "wildcards are taken literally");
    }

    private List<String> firstNames(ContactSearch search) {
        return crm.searchContacts(search).stream().map(HostContact::firstName).toList();
    }

    @Test
    void newContactsStartAsNotYetContacted() {
        assertEquals("Not yet contacted", crm.findContact(contactId(3)).orElseThrow().property("lastContactedMode"));
    }

    @Test
    void combinesASavedViewWithTheFiltersOwnConditionsInSql() {
        String viewId = givenContactViewOfCity("Berliners", "Berlin");
        RecordFilter scored = new RecordFilter(viewId, List.of(new ConditionDefinition("fields.score", "GREATER_THAN", 10)),
                "ALL");
        assertEquals(List.of(contactId(0)), crm.contacts(scored, null, 10).items().stream().map(HostContact::id).toList());

        RecordFilter acmeOnly = new RecordFilter(null, List.of(new ConditionDefinition("account.name", "EQUALS",
                "acme robotics")), "ALL");
        assertEquals(3, crm.contacts(acmeOnly, null, 10).items().size());
    }

    @Test
    void streamsAViewOfAccounts() {
        String id = Ids.newId();
        repository.addView(new SavedViewDefinition(id, "Gold", "ACCOUNT",
                List.of(new ConditionDefinition("account.fields.tier", "EQUALS", "GOLD")), "ALL"));
        assertEquals(List.of("Acme Robotics"), crm.accounts(RecordFilter.view(id), null, 10).items().stream()
                .map(HostAccount::name).toList());
        HostCrmException wrongType = assertThrows(HostCrmException.class,
                () -> crm.contacts(RecordFilter.view(id), null, 10));
        assertFalse(wrongType.isRetryable());
    }

    @Test
    void refusesAnUnknownViewAndAnUnknownContactForGood() {
        assertFalse(assertThrows(HostCrmException.class,
                () -> crm.contacts(RecordFilter.view(Ids.newId()), null, 10)).isRetryable());
        assertFalse(assertThrows(HostCrmException.class,
                () -> crm.updateContact(unknownId(), new ContactUpdate("Replied", null, null, null))).isRetryable());
        assertFalse(assertThrows(HostCrmException.class, () -> crm.createTask(new HostTask(unknownId(), "17",
                "CALL", "x", null, null))).isRetryable());
    }

    @Test
    void keepsTasksAndTheirCompletion() {
        String taskId = crm.createTask(new HostTask(contactId(0), "17", "FOLLOW_UP", "Follow up", "note", null));
        crm.completeTask(taskId, "Done", null);
        assertEquals(List.of("DONE|Done|note"), strings(
                "SELECT status || '|' || outcome || '|' || note FROM host_task WHERE id = ?", taskId));
    }

    @Test
    void theCursorIsTheLastIdOfThePage() {
        var page = crm.contacts(RecordFilter.ALL, null, 2);
        assertEquals(page.items().get(1).id(), page.nextCursor());
        assertTrue(crm.contacts(RecordFilter.ALL, page.nextCursor(), 2).items().stream()
                .allMatch(contact -> contact.id().compareTo(page.nextCursor()) > 0));
    }

    @Test
    void customFieldsComeBackAsStored() {
        assertEquals(Map.of("score", "42", "stage", "lead"), crm.findContact(contactId(0)).orElseThrow().customFields());
    }

    private List<String> strings(String sql, String param) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, param);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
