package org.salessequences.host.tryton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostCallBudget;
import org.salessequences.spi.host.HostCallBudgetException;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.kit.HostCrmContractTest;

/** The host port contract, and Tryton's own behaviour, on a real trytond (Debian's) with the plugin's module. */
class TrytonHostCrmTest extends HostCrmContractTest {

    private static TrytonServer server;
    private String database;
    private TrytonRpc rpc;
    private TrytonHostCrm crm;

    @BeforeAll
    static void startTryton() {
        server = TrytonServer.start();
    }

    @AfterAll
    static void stopTryton() {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    protected HostCrm crm() {
        return crm;
    }

    @Override
    protected Hosted givenHost(List<HostAccount> accounts, List<HostContact> contacts) {
        database = server.freshDatabase();
        rpc = server.rpc(database);
        crm = new TrytonHostCrm(server.settings(database), HostCallBudget.UNLIMITED);
        long organisation = id("party.category", "Organisation");
        long employeeOf = id("party.relation.type", "Employee of");
        List<String> accountIds = new ArrayList<>();
        for (HostAccount account : accounts) {
            JsonObjectBuilder party = party(account.name(), account.property("city"), account.customFields())
                    .add("categories", Json.createArrayBuilder().add(Json.createArrayBuilder().add("add")
                            .add(Json.createArrayBuilder().add(organisation))));
            mechanisms(party, "website", account.domain());
            accountIds.add(Long.toString(TrytonServer.create(rpc, "party.party", party.build())));
        }
        List<String> contactIds = new ArrayList<>();
        for (HostContact contact : contacts) {
            JsonObjectBuilder party = party(contact.firstName() + " " + contact.lastName(), contact.property("city"),
                    contact.customFields()).add("sequences_timezone", contact.timezone());
            mechanisms(party, "email", contact.email());
            if (contact.accountId() != null) {
                party.add("relations", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                        .add(Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("to", Long.parseLong(accountIds.get(Integer.parseInt(contact.accountId()))))
                                .add("type", employeeOf)))));
            }
            contactIds.add(Long.toString(TrytonServer.create(rpc, "party.party", party.build())));
        }
        return new Hosted(accountIds, contactIds);
    }

    @Override
    protected String givenContactViewOfCity(String name, String city) {
        String domain = "[[\"addresses.city\", \"ilike\", " + Json.createValue(city) + "]]";
        return Long.toString(TrytonServer.create(rpc, "ir.ui.view_search", Json.createObjectBuilder().add("name", name)
                .add("model", "party.party").add("domain", domain).build()));
    }

    @Override
    protected ContactUpdate pluginFieldsOf(String contactId) {
        return TrytonParties.pluginFields(read("party.party", contactId, "sequences_last_contacted_mode",
                "sequences_last_activity_type", "sequences_active", "sequences_completed"));
    }

    @Override
    protected List<String> activityTitlesOf(String contactId) {
        JsonArray notes = (JsonArray) rpc.call("model.ir.note.search_read", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(Json.createArrayBuilder().add("resource").add("=")
                        .add("party.party," + contactId))).add(0).add(JsonValue.NULL).add(JsonValue.NULL)
                .add(Json.createArrayBuilder().add("message")).add(JsonValue.EMPTY_JSON_OBJECT).build());
        return notes.getValuesAs(JsonObject.class).stream()
                .map(note -> note.getString("message").lines().findFirst().orElse("")).toList();
    }

    @Override
    protected String unknownId() {
        return "999999";
    }

    @Test
    void keepsTheSequenceListsOnThePartyOneNameALine() {
        crm.updateContact(contactId(0), new ContactUpdate(null, null, List.of("Outbound Q1", "Webinar"), null));
        assertEquals("Outbound Q1\nWebinar", read("party.party", contactId(0), "sequences_active")
                .getString("sequences_active"));
    }

    @Test
    void theCompanysOwnPartyAndTheOrganisationsAreNoContacts() {
        List<String> ids = crm.contacts(org.salessequences.spi.host.RecordFilter.ALL, null, 100).items().stream()
                .map(HostContact::id).toList();
        assertEquals(hosted.contactIds(), ids);
    }

    @Test
    void completesATaskAsTrytonDoesAt100PercentInDone() {
        String taskId = crm.createTask(new org.salessequences.spi.host.HostTask(contactId(0), "17", "CALL",
                "Call Ada back", "About the quote", java.time.Instant.parse("2026-03-03T09:00:00Z")));
        crm.completeTask(taskId, "Connected", null);
        JsonObject task = read("project.work", taskId, "status.name", "progress", "party", "type");
        assertEquals("Done", task.getJsonObject("status.").getString("name"));
        assertEquals(1.0, task.getJsonNumber("progress").doubleValue());
        assertEquals(contactId(0), task.getJsonNumber("party").toString());
    }

    @Test
    void logsInAgainWhenItsSessionEnds() {
        assertTrue(crm.findContact(contactId(0)).isPresent());
        // A session Tryton no longer knows (expired, or ended by a logout): the server refuses it, the adapter logs in.
        crm.rpc().useSession(java.util.Base64.getEncoder().encodeToString("admin:1:ended-session".getBytes()));
        assertEquals("Ada", crm.findContact(contactId(0)).orElseThrow().firstName());
    }

    @Test
    void refusesBadCredentialsForGoodAndAnUnreachableServerRetryably() {
        TrytonSettings good = server.settings(database);
        TrytonHostCrm wrongPassword = new TrytonHostCrm(new TrytonSettings(good.url(), database, "admin", "wrong",
                good.organisationCategory(), good.employeeRelation(), Duration.ofSeconds(5)), HostCallBudget.UNLIMITED);
        HostCrmException refused = assertThrows(HostCrmException.class, wrongPassword::probe);
        assertFalse(refused.isRetryable());
        assertTrue(refused.getMessage().contains("sequences.tryton.username"), refused.getMessage());
        assertFalse(refused.getMessage().contains("wrong"), "the password is never in a message");

        TrytonHostCrm nowhere = new TrytonHostCrm(new TrytonSettings(URI.create("http://127.0.0.1:1/"), database,
                "admin", TrytonServer.PASSWORD, good.organisationCategory(), good.employeeRelation(),
                Duration.ofSeconds(5)), HostCallBudget.UNLIMITED);
        assertTrue(assertThrows(HostCrmException.class, nowhere::probe).isRetryable());

        TrytonHostCrm noDatabase = new TrytonHostCrm(server.settings("no_such_database"), HostCallBudget.UNLIMITED);
        assertFalse(assertThrows(HostCrmException.class, noDatabase::probe).isRetryable());
    }

    @Test
    void spendsTheHourlyBudgetOnEveryRequestAndSendsNothingOverIt() {
        AtomicInteger left = new AtomicInteger(3);
        TrytonHostCrm budgeted = new TrytonHostCrm(server.settings(database), calls -> {
            if (left.addAndGet(-calls) < 0) {
                throw new HostCallBudgetException("spent", java.time.Instant.EPOCH);
            }
        });
        budgeted.probe(); // login, and the organisation category
        assertThrows(HostCallBudgetException.class, () -> budgeted.findContact(contactId(0)));
    }

    @Test
    void findsAContactByEmailExactlyThoughSqliteLikeHasNoEscape() {
        assertEquals(contactId(3), crm.findContactByEmail("DAVID@birch.example").orElseThrow().id());
        assertTrue(crm.findContactByEmail("david@birch_example").isEmpty());
    }

    private JsonObject read(String model, String id, String... fields) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        for (String field : fields) {
            names.add(field);
        }
        JsonArray rows = (JsonArray) rpc.call("model." + model + ".search_read", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(Json.createArrayBuilder().add("id").add("=").add(Long.parseLong(id))))
                .add(0).add(1).add(JsonValue.NULL).add(names).add(JsonValue.EMPTY_JSON_OBJECT).build());
        return rows.getJsonObject(0);
    }

    private long id(String model, String name) {
        JsonArray ids = (JsonArray) rpc.call("model." + model + ".search", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(Json.createArrayBuilder().add("name").add("=").add(name)))
                .add(0).add(1).add(JsonValue.NULL).add(JsonValue.EMPTY_JSON_OBJECT).build());
        return ids.getJsonNumber(0).longValue();
    }

    private static JsonObjectBuilder party(String name, String city, Map<String, String> fields) {
        JsonObjectBuilder party = Json.createObjectBuilder().add("name", name);
        if (city != null) {
            party.add("addresses", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                    .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("city", city)))));
        }
        if (!fields.isEmpty()) {
            party.add("sequences_fields", fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n")));
        }
        return party;
    }

    private static void mechanisms(JsonObjectBuilder party, String type, String value) {
        if (value != null) {
            party.add("contact_mechanisms", Json.createArrayBuilder().add(Json.createArrayBuilder().add("create")
                    .add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", type)
                            .add("value", value)))));
        }
    }
}
