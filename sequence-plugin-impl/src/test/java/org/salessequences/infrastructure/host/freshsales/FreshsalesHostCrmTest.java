package org.salessequences.infrastructure.host.freshsales;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salessequences.infrastructure.persistence.jdbc.JdbcHostCallBudget;
import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;
import org.salessequences.spi.host.kit.HostCrmContractTest;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostCallBudgetException;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.RecordFilter;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The host port contract, and Freshsales' own behaviour (paging by {@code meta.total_pages}, 429, 5xx, 401), against
 * a WireMock Freshsales that answers with the payload shapes of the published API.
 */
class FreshsalesHostCrmTest extends HostCrmContractTest {

    private static final String API_KEY = "test-api-key-0123456789";
    private static final int ALL_CONTACTS_VIEW = 9001;
    private static final int ALL_ACCOUNTS_VIEW = 9002;
    /** The page sizes the tests ask for; Freshsales serves at most 100 per page. */
    private static final int[] PAGE_SIZES = {1, 2, 100};

    private final FreshsalesContactStore store = new FreshsalesContactStore();
    private final WireMockServer freshsales = new WireMockServer(options().dynamicPort().extensions(store));
    /** The budget the adapter spends; unlimited unless a test sets one. */
    private HostCallBudget budget = HostCallBudget.UNLIMITED;
    private final List<Duration> sleeps = new ArrayList<>();
    private final JsonArrayBuilder contactFilters = Json.createArrayBuilder()
            .add(filter(ALL_CONTACTS_VIEW, "All Contacts", true));
    private List<JsonObject> contacts;
    private FreshsalesHostCrm crm;

    @Override
    protected HostCrm crm() {
        return crm;
    }

    @Override
    protected Hosted givenHost(List<HostAccount> accounts, List<HostContact> given) {
        freshsales.start();
        crm = new FreshsalesHostCrm(new FreshsalesSettings(URI.create(freshsales.baseUrl() + "/crm/sales/api"), API_KEY, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(5)), HttpClient.newHttpClient(),
                sleeps::add, calls -> budget.spend(calls));
        List<String> accountIds = new ArrayList<>();
        List<JsonObject> accountRecords = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            HostAccount account = accounts.get(i);
            long id = 5000 + i;
            accountIds.add(Long.toString(id));
            JsonObjectBuilder record = Json.createObjectBuilder().add("id", id).add("name", account.name())
                    .add("website", "https://" + account.domain() + "/").add("custom_field", custom(account.customFields()));
            account.properties().forEach(record::add);
            accountRecords.add(record.build());
            freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/sales_accounts/" + id))
                    .willReturn(okJson(Json.createObjectBuilder().add("sales_account", accountRecords.get(i)).build().toString())));
        }
        contacts = new ArrayList<>();
        List<String> contactIds = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            HostContact contact = given.get(i);
            long id = 7000 + i;
            contactIds.add(Long.toString(id));
            JsonObjectBuilder record = Json.createObjectBuilder().add("id", id).add("email", contact.email())
                    .add("first_name", contact.firstName()).add("last_name", contact.lastName())
                    .add("display_name", contact.firstName() + " " + contact.lastName())
                    .add("time_zone", contact.timezone()).add("owner_id", Long.parseLong(contact.ownerId()))
                    .add("city", contact.property("city")).add("custom_field", custom(contact.customFields()));
            if (contact.accountId() != null) {
                record.add("sales_accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", Long.parseLong(accountIds.get(Integer.parseInt(contact.accountId()))))
                        .add("name", accounts.get(Integer.parseInt(contact.accountId())).name())
                        .add("is_primary", true)));
            }
            contacts.add(record.build());
            store.put(contacts.get(i));
        }
        freshsales.stubFor(any(urlPathMatching("/crm/sales/api/contacts/\\d+"))
                .willReturn(aResponse().withTransformers(FreshsalesContactStore.NAME)));
        freshsales.stubFor(post(urlPathEqualTo("/crm/sales/api/filtered_search/contact"))
                .willReturn(aResponse().withTransformers(FreshsalesContactStore.NAME)));
        stubFilters();
        stubPages("/crm/sales/api/contacts/view/" + ALL_CONTACTS_VIEW, "contacts", contacts);
        stubPages("/crm/sales/api/sales_accounts/view/" + ALL_ACCOUNTS_VIEW, "sales_accounts", accountRecords);
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/selector/sales_activity_types")).willReturn(okJson("""
                {"sales_activity_types":[{"id":31,"name":"Call","internal_name":"call","partial":false},
                 {"id":32,"name":"Meeting","internal_name":"meeting","partial":false}]}""")));
        freshsales.stubFor(post(urlPathEqualTo("/crm/sales/api/sales_activities"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sales_activity\":{\"id\":4401,\"title\":\"Discovery call\"}}")));
        freshsales.stubFor(post(urlPathEqualTo("/crm/sales/api/tasks"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"task\":{\"id\":6601,\"title\":\"Call Ada back\",\"status\":0}}")));
        freshsales.stubFor(put(urlPathMatching("/crm/sales/api/tasks/\\d+")).willReturn(okJson("{\"task\":{\"id\":6601,\"status\":1}}")));
        return new Hosted(accountIds, contactIds);
    }

    @Override
    protected String givenContactViewOfCity(String name, String city) {
        int viewId = 9100;
        contactFilters.add(filter(viewId, name, false));
        stubFilters();
        stubPages("/crm/sales/api/contacts/view/" + viewId, "contacts", contacts.stream()
                .filter(contact -> contact.getString("city").equalsIgnoreCase(city)).toList());
        return Integer.toString(viewId);
    }

    /** What the Freshsales stub holds after the PUTs so far. */
    @Override
    protected ContactUpdate pluginFieldsOf(String contactId) {
        return FreshsalesMapping.pluginFields(store.get(contactId));
    }

    @Override
    protected List<String> activityTitlesOf(String contactId) {
        return freshsales.findAll(postRequestedFor(urlPathEqualTo("/crm/sales/api/sales_activities"))).stream()
                .map(request -> read(request.getBodyAsString()).getJsonObject("sales_activity"))
                .filter(activity -> activity.getJsonNumber("targetable_id").toString().equals(contactId))
                .map(activity -> activity.getString("title")).toList();
    }

    @Override
    protected String unknownId() {
        return "404404";
    }

    @AfterEach
    void stop() {
        freshsales.stop();
    }

    @Test
    void authenticatesEveryCallWithTheApiKeyAsAToken() {
        crm.findContact(contactId(0));
        freshsales.verify(getRequestedFor(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(0)))
                .withHeader("Authorization", equalTo("Token token=" + API_KEY)));
    }

    @Test
    void pagesByTotalPagesAndAsksForAtMostAHundredPerPage() {
        var first = crm.contacts(RecordFilter.ALL, null, 500);
        assertEquals(5, first.items().size());
        assertTrue(first.isLast());
        freshsales.verify(getRequestedFor(urlPathEqualTo("/crm/sales/api/contacts/view/" + ALL_CONTACTS_VIEW))
                .withQueryParam("page", equalTo("1")).withQueryParam("per_page", equalTo("100")));
    }

    @Test
    void checksTheFiltersOwnConditionsOnEachPage() {
        RecordFilter scored = new RecordFilter(null, List.of(
                new org.salessequences.api.sequence.ConditionDefinition("fields.score", "GREATER_THAN", 10)), "ALL");
        assertEquals(List.of(contactId(0)), crm.contacts(scored, null, 100).items().stream().map(HostContact::id).toList());
    }

    @Test
    void waitsOutA429ForItsRetryAfterThenSucceeds() {
        String path = "/crm/sales/api/contacts/" + contactId(0);
        freshsales.stubFor(get(urlPathEqualTo(path)).inScenario("rate").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withBody("{\"message\":\"You have exceeded the limit of requests per hour\"}"))
                .willSetStateTo("limited once"));
        freshsales.stubFor(get(urlPathEqualTo(path)).inScenario("rate").whenScenarioStateIs("limited once")
                .willReturn(okJson(Json.createObjectBuilder().add("contact", contacts.get(0)).build().toString())));

        assertEquals("Ada", crm.findContact(contactId(0)).orElseThrow().firstName());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void givesUpRetryablyWhenRateLimitedBeyondItsBudget() {
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(0)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        HostCrmException failure = assertThrows(HostCrmException.class, () -> crm.findContact(contactId(0)));
        assertTrue(failure.isRetryable());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeps);
        freshsales.verify(3, getRequestedFor(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(0))));

        sleeps.clear();
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(1)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        assertTrue(assertThrows(HostCrmException.class, () -> crm.findContact(contactId(1))).isRetryable());
        assertTrue(sleeps.isEmpty(), "an hour is longer than the adapter waits: it fails at once for the caller to retry");
    }

    @Test
    void retriesServerErrorsWithExponentialBackoffThenFailsRetryably() {
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/sales_accounts/" + hosted.accountIds().get(0)))
                .willReturn(aResponse().withStatus(503)));
        HostCrmException failure = assertThrows(HostCrmException.class,
                () -> crm.findAccount(hosted.accountIds().get(0)));
        assertTrue(failure.isRetryable());
        assertTrue(failure.getMessage().contains("503"), failure.getMessage());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
        freshsales.verify(3, getRequestedFor(urlPathEqualTo("/crm/sales/api/sales_accounts/" + hosted.accountIds().get(0))));
    }

    @Test
    void recoversFromAPassingServerError() {
        String path = "/crm/sales/api/contacts/view/" + ALL_CONTACTS_VIEW;
        freshsales.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("2")).inScenario("flaky")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
        var second = crm.contacts(RecordFilter.ALL, "2", 2);
        assertEquals(2, second.items().size());
        assertEquals("3", second.nextCursor());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void failsAtOnceAndForGoodOnA401WithoutRevealingTheKey() {
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(0)))
                .willReturn(aResponse().withStatus(401).withBody("{\"login\":\"failed\",\"message\":\"Incorrect or expired API key\"}")));
        HostCrmException failure = assertThrows(HostCrmException.class, () -> crm.findContact(contactId(0)));
        assertFalse(failure.isRetryable());
        assertTrue(failure.getMessage().contains("401") && failure.getMessage().contains("sequences.freshsales.apikey"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains(API_KEY));
        assertTrue(sleeps.isEmpty());
        freshsales.verify(1, getRequestedFor(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(0))));
    }

    @Test
    void writesThePluginFieldsKeepingTheContactsOtherCustomFields() {
        crm.updateContact(contactId(0), new ContactUpdate("Opened but no reply", null, List.of("Outbound Q1"), null));
        // Freshsales replaces custom_field on PUT: the adapter read the contact and sends the whole map back.
        freshsales.verify(putRequestedFor(urlPathEqualTo("/crm/sales/api/contacts/" + contactId(0))).withRequestBody(equalToJson("""
                {"contact":{"custom_field":{"cf_score":"42","cf_stage":"lead",
                                            "cf_last_contacted_mode":"Opened but no reply",
                                            "cf_active_sequences":"Outbound Q1"}}}""")));
        HostContact ada = crm.findContact(contactId(0)).orElseThrow();
        assertEquals(Map.of("score", "42", "stage", "lead"), ada.customFields());
        assertEquals("Opened but no reply", ada.property("lastContactedMode"));
    }

    @Test
    void findsAnAccountsContactsThroughTheDocumentedFilteredSearch() {
        crm.contactsOfAccount(hosted.accountIds().get(0), null, 2);
        freshsales.verify(postRequestedFor(urlPathEqualTo("/crm/sales/api/filtered_search/contact"))
                .withRequestBody(equalToJson("""
                        {"filter_rule":[{"attribute":"sales_account_id","operator":"is_in","value":["5000"]}],
                         "page":1,"per_page":2}""")));
        freshsales.verify(0, getRequestedFor(urlPathMatching(".*/sales_accounts/\\d+/contacts.*")));
    }

    @Test
    void readsAChunkOfContactsInOneSearchAndFindsContactsByEmail() {
        assertEquals(5, crm.findContacts(hosted.contactIds()).size());
        freshsales.verify(1, postRequestedFor(urlPathEqualTo("/crm/sales/api/filtered_search/contact")));
        freshsales.verify(0, getRequestedFor(urlPathMatching("/crm/sales/api/contacts/\\d+")));

        assertEquals(contactId(3), crm.findContactByEmail("DAVID@birch.example").orElseThrow().id());
        freshsales.verify(postRequestedFor(urlPathEqualTo("/crm/sales/api/filtered_search/contact"))
                .withRequestBody(equalToJson("""
                        {"filter_rule":[{"attribute":"contact_email.email","operator":"is_in",
                                         "value":["DAVID@birch.example"]}],"page":1,"per_page":100}""")));
        assertTrue(crm.findContactByEmail("nobody@x.example").isEmpty());
    }

    @Test
    void holdsTheHourlyBudgetSharedByTheClusterAndSendsNothingOverIt() {
        java.util.concurrent.atomic.AtomicReference<Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-03-02T09:10:00Z"));
        JdbcHostCallBudget shared = JdbcHostCallBudget.on(TestDatabases.h2());
        budget = calls -> shared.spend(calls, 3, now::get);
        // Another member of the cluster, on the same database, spends one of the three.
        shared.spend(1, 3, now::get);
        crm.findContact(contactId(0));
        crm.findAccount(hosted.accountIds().get(0));

        HostCallBudgetException spent = assertThrows(HostCallBudgetException.class, () -> crm.findContact(contactId(1)));
        assertTrue(spent.isRetryable());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), spent.resumesAt());
        assertEquals(1, freshsales.findAll(getRequestedFor(urlPathMatching("/crm/sales/api/contacts/\\d+"))).size());
        assertEquals(3, shared.spentThisHour(now::get));

        now.set(Instant.parse("2026-03-02T10:00:01Z"));
        assertEquals("Ben", crm.findContact(contactId(1)).orElseThrow().firstName());
    }

    @Test
    void probesItsHostWithOneCheapCall() {
        crm.probe();
        freshsales.verify(1, getRequestedFor(urlPathEqualTo("/crm/sales/api/contacts/filters")));
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/contacts/filters")).willReturn(aResponse().withStatus(401)));
        assertFalse(assertThrows(HostCrmException.class, () -> crm.probe()).isRetryable());
    }

    @Test
    void logsActivitiesWithTheirTypeIdAndCreatesTasksOnTheContact() {
        crm.logActivity(contactId(0), new HostActivity("Meeting", "Demo", null, null, "17",
                java.time.Instant.parse("2026-03-02T09:00:00Z")));
        freshsales.verify(postRequestedFor(urlPathEqualTo("/crm/sales/api/sales_activities")).withRequestBody(equalToJson("""
                {"sales_activity":{"title":"Demo","start_date":"2026-03-02T09:00:00Z","end_date":"2026-03-02T09:00:00Z",
                 "targetable_type":"Contact","targetable_id":7000,"sales_activity_type_id":32,"owner_id":17}}""")));

        assertEquals("6601", crm.createTask(new org.salessequences.spi.host.HostTask(contactId(0), "17", "CALL",
                "Call Ada back", null, java.time.Instant.parse("2026-03-03T09:00:00Z"))));
        freshsales.verify(postRequestedFor(urlPathEqualTo("/crm/sales/api/tasks")).withRequestBody(equalToJson("""
                {"task":{"title":"Call Ada back","targetable_type":"Contact","targetable_id":7000,
                 "due_date":"2026-03-03T09:00:00Z","owner_id":17}}""")));

        HostCrmException unknownType = assertThrows(HostCrmException.class, () -> crm.logActivity(contactId(0),
                new HostActivity("Lunch", "Lunch", null, null, null, null)));
        assertFalse(unknownType.isRetryable());
    }

    @Test
    void hidesTheApiKeyFromTheSettingsText() {
        assertFalse(FreshsalesSettings.of(URI.create("https://x.example/api"), API_KEY).toString().contains(API_KEY));
    }

    private void stubFilters() {
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/contacts/filters"))
                .willReturn(okJson(Json.createObjectBuilder().add("filters", contactFilters.build()).build().toString())));
        freshsales.stubFor(get(urlPathEqualTo("/crm/sales/api/sales_accounts/filters"))
                .willReturn(okJson(Json.createObjectBuilder().add("filters", Json.createArrayBuilder()
                        .add(filter(ALL_ACCOUNTS_VIEW, "All Accounts", true))).build().toString())));
    }

    /** The pages of a list as Freshsales serves them: {@code {"<member>":[...],"meta":{"total_pages","total"}}}. */
    private void stubPages(String path, String member, List<JsonObject> records) {
        for (int perPage : PAGE_SIZES) {
            int totalPages = Math.max(1, (records.size() + perPage - 1) / perPage);
            for (int page = 1; page <= totalPages; page++) {
                JsonArrayBuilder items = Json.createArrayBuilder();
                records.subList((page - 1) * perPage, Math.min(records.size(), page * perPage)).forEach(items::add);
                freshsales.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(Integer.toString(page)))
                        .withQueryParam("per_page", equalTo(Integer.toString(perPage)))
                        .willReturn(okJson(Json.createObjectBuilder().add(member, items).add("meta",
                                Json.createObjectBuilder().add("total_pages", totalPages).add("total", records.size()))
                                .build().toString())));
            }
        }
    }

    private static JsonObject filter(int id, String name, boolean isDefault) {
        return Json.createObjectBuilder().add("id", id).add("name", name).add("model_class_name", "Contact")
                .add("user_id", 1).add("is_default", isDefault).add("updated_at", "2026-01-05T10:00:00+05:30").build();
    }

    private static JsonObjectBuilder custom(Map<String, String> fields) {
        JsonObjectBuilder custom = Json.createObjectBuilder();
        fields.forEach((name, value) -> custom.add("cf_" + name.toLowerCase(Locale.ROOT), value));
        return custom;
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
