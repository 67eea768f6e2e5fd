package org.salessequences.spi.host.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

/**
 * What every {@link HostCrm} adapter does, whatever host is behind it. Each adapter's test extends this and puts
 * the same records into its host (tables for the embedded one, a WireMock Freshsales for the other).
 */
public abstract class HostCrmContractTest {

    /** The ids the host gave the records of {@link #givenHost}, in the order given. */
    public record Hosted(List<String> accountIds, List<String> contactIds) {
    }

    protected static final List<HostAccount> ACCOUNTS = List.of(
            new HostAccount(null, "Acme Robotics", "acme.example", Map.of("city", "Berlin"), Map.of("tier", "gold")),
            new HostAccount(null, "Birch & Co", "birch.example", Map.of(), Map.of()));

    /** Contacts whose {@code accountId} is the index of their account in {@link #ACCOUNTS}. */
    protected static final List<HostContact> CONTACTS = List.of(
            contact("ada@acme.example", "Ada", "Berlin", "0", Map.of("score", "42", "stage", "lead")),
            contact("ben@acme.example", "Ben", "Hamburg", "0", Map.of()),
            contact("chloe@acme.example", "Chloe", "berlin", "0", Map.of("score", "7")),
            contact("david@birch.example", "David", "London", "1", Map.of()),
            contact("elena@example.org", "Elena", "Berlin", null, Map.of()));

    protected Hosted hosted;

    /** The adapter under test, on a host that holds what {@link #givenHost} put there. */
    protected abstract HostCrm crm();

    /** Puts the accounts and contacts into the host; contacts name their account by its index. */
    protected abstract Hosted givenHost(List<HostAccount> accounts, List<HostContact> contacts);

    /** A saved view of contacts in the host that lists those living in {@code city} (ignoring case). */
    protected abstract String givenContactViewOfCity(String name, String city);

    /** The plugin's fields of a contact as the host now holds them. */
    protected abstract ContactUpdate pluginFieldsOf(String contactId);

    /** The titles of the activities logged on a contact's timeline in the host. */
    protected abstract List<String> activityTitlesOf(String contactId);

    @BeforeEach
    void fillHost() {
        hosted = givenHost(ACCOUNTS, CONTACTS);
    }

    @Test
    void findsContactsAndAccountsByIdWithContractNames() {
        HostContact ada = crm().findContact(contactId(0)).orElseThrow();
        assertEquals("ada@acme.example", ada.email());
        assertEquals("Ada", ada.firstName());
        assertEquals("Lovelace", ada.lastName());
        assertEquals("Europe/Berlin", ada.timezone());
        assertEquals("Berlin", ada.property("city"));
        assertEquals(hosted.accountIds().get(0), ada.accountId());
        assertEquals("42", ada.customFields().get("score"));
        assertEquals("lead", ada.customFields().get("stage"));

        HostAccount acme = crm().findAccount(hosted.accountIds().get(0)).orElseThrow();
        assertEquals("Acme Robotics", acme.name());
        assertEquals("acme.example", acme.domain());
        assertEquals("Berlin", acme.property("city"));
        assertEquals("gold", acme.customFields().get("tier"));
    }

    @Test
    void answersEmptyForUnknownRecords() {
        assertTrue(crm().findContact(unknownId()).isEmpty());
        assertTrue(crm().findAccount(unknownId()).isEmpty());
    }

    @Test
    void pagesThroughAllContactsOnceEach() {
        List<Page<HostContact>> pages = allPages(cursor -> crm().contacts(RecordFilter.ALL, cursor, 2));
        assertEquals(List.of(2, 2, 1), pages.stream().map(page -> page.items().size()).toList());
        assertNotNull(pages.get(0).nextCursor());
        assertNotNull(pages.get(1).nextCursor());
        assertNull(pages.get(2).nextCursor());
        assertEquals(Set.copyOf(hosted.contactIds()), idsOnce(pages));
    }

    @Test
    void pagesThroughAllAccounts() {
        List<Page<HostAccount>> pages = allPages(cursor -> crm().accounts(RecordFilter.ALL, cursor, 1));
        assertEquals(2, pages.size());
        assertEquals(Set.copyOf(hosted.accountIds()),
                Set.copyOf(pages.stream().flatMap(page -> page.items().stream()).map(HostAccount::id).toList()));
    }

    @Test
    void expandsAnAccountToTheContactsWhosePrimaryAccountItIs() {
        List<Page<HostContact>> pages = allPages(cursor -> crm().contactsOfAccount(hosted.accountIds().get(0), cursor, 2));
        assertEquals(2, pages.size());
        assertEquals(Set.of(contactId(0), contactId(1), contactId(2)), idsOnce(pages));

        List<Page<HostContact>> birch = allPages(cursor -> crm().contactsOfAccount(hosted.accountIds().get(1), cursor, 2));
        assertEquals(Set.of(contactId(3)), idsOnce(birch));
    }

    @Test
    void listsSavedViewsAndStreamsTheRecordsOfOne() {
        String viewId = givenContactViewOfCity("Berliners", "Berlin");
        assertTrue(crm().savedViews().contains(new SavedView(viewId, "Berliners", RecordType.CONTACT)),
                crm().savedViews().toString());
        List<Page<HostContact>> pages = allPages(cursor -> crm().contacts(RecordFilter.view(viewId), cursor, 2));
        assertEquals(Set.of(contactId(0), contactId(2), contactId(4)), idsOnce(pages));
    }

    @Test
    void writesThePluginFieldsBackLeavingAbsentOnesAsTheyAre() {
        String id = contactId(1);
        crm().updateContact(id, new ContactUpdate("Replied", "Call", List.of("Outbound Q1", "Webinar"), List.of()));
        assertEquals(new ContactUpdate("Replied", "Call", List.of("Outbound Q1", "Webinar"), List.of()),
                pluginFieldsOf(id));

        crm().updateContact(id, new ContactUpdate("Outgoing call", null, null, List.of("Intro")));
        assertEquals(new ContactUpdate("Outgoing call", "Call", List.of("Outbound Q1", "Webinar"), List.of("Intro")),
                pluginFieldsOf(id));
    }

    @Test
    void logsActivitiesAndCreatesAndCompletesTasks() {
        String id = contactId(0);
        crm().logActivity(id, new HostActivity("Call", "Discovery call", "Talked about pricing", "Connected", "17",
                Instant.parse("2026-03-02T09:00:00Z")));
        assertEquals(List.of("Discovery call"), activityTitlesOf(id));

        String taskId = crm().createTask(new HostTask(id, "17", "CALL", "Call Ada back", "About the quote",
                Instant.parse("2026-03-03T09:00:00Z")));
        assertFalse(taskId.isBlank());
        crm().completeTask(taskId, "Connected", "Quote accepted");
    }

    protected String contactId(int index) {
        return hosted.contactIds().get(index);
    }

    /** An id of the host's shape that no record has. */
    protected abstract String unknownId();

    private static HostContact contact(String email, String firstName, String city, String account,
                                       Map<String, String> fields) {
        return new HostContact(null, email, firstName, firstName.equals("Ada") ? "Lovelace" : "Tester", null,
                "Europe/Berlin", "17", account, Map.of("city", city), fields);
    }

    private interface PageSource<T> {
        Page<T> page(String cursor);
    }

    private static <T> List<Page<T>> allPages(PageSource<T> source) {
        List<Page<T>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = source.page(cursor);
            pages.add(page);
            cursor = page.nextCursor();
            assertTrue(pages.size() < 100, "paging does not end");
        } while (cursor != null);
        return pages;
    }

    /** The ids of all pages, failing when one comes twice. */
    private static Set<String> idsOnce(List<Page<HostContact>> pages) {
        Set<String> ids = new HashSet<>();
        pages.stream().flatMap(page -> page.items().stream())
                .forEach(contact -> assertTrue(ids.add(contact.id()), "twice: " + contact.id()));
        return ids;
    }
}
