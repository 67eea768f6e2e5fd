package org.salessequences.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded host on the real WAR: the host-data endpoints of the contract (accounts, contacts, CSV import,
 * saved views), admin-only, with whole-request validation, streamed imports that upsert by email, and saved views
 * paged through the host port. Runs on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class HostDataIT {

    /** The shipped default of sequences.limits.import-bytes. */
    private static final int IMPORT_LIMIT = 20 << 20;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private ApiClient admin;
    /** Keeps each test's emails apart from the others' in the one database of the class. */
    private String run;

    @BeforeEach
    void client() {
        admin = new ApiClient(base, Tokens.admin("host-admin"));
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hostDataNeedsTheAdminPermission() {
        ApiClient rep = admin.as(Tokens.rep("host-rep"));
        assertEquals(403, rep.get("/api/v1/host/views").status());
        assertEquals(403, rep.post("/api/v1/host/accounts", "[{\"name\":\"Nope\"}]").status());
        assertEquals(401, admin.as(null).get("/api/v1/host/views").status());
    }

    @Test
    void createsAccountsAndContactsAndShowsTheFieldsThePluginKeeps() {
        String accountId = account("Acme " + run);
        ApiClient.Reply created = admin.post("/api/v1/host/contacts", """
                [{"email":"ada.%1$s@acme.example","firstName":"Ada","lastName":"Lovelace","phone":"+49 30 1234",
                  "timezone":"Europe/Berlin","ownerId":"demo-rep","accountId":"%2$s","fields":{"score":42,"stage":"lead"}},
                 {"email":"ben.%1$s@acme.example","firstName":"Ben","fields":{}}]""".formatted(run, accountId));
        assertEquals(201, created.status(), created.body());
        JsonArray contacts = created.array();
        assertEquals(List.of("ada." + run + "@acme.example", "ben." + run + "@acme.example"),
                contacts.getValuesAs(JsonObject.class).stream().map(contact -> contact.getString("email")).toList());

        ApiClient.Reply ada = admin.get("/api/v1/host/contacts/" + contacts.getJsonObject(0).getString("id"));
        assertEquals(200, ada.status(), ada.body());
        JsonObject body = ada.json();
        assertEquals("Not yet contacted", body.getString("lastContactedMode"));
        assertEquals(JsonValue.NULL, body.get("lastActivityType"));
        assertEquals(0, body.getJsonArray("activeSequences").size());
        assertEquals(0, body.getJsonArray("completedSequences").size());
        assertEquals(accountId, body.getString("accountId"));
        assertEquals("42", body.getJsonObject("fields").getString("score"));

        assertEquals(404, admin.get("/api/v1/host/contacts/no-such-contact").status());
    }

    @Test
    void anInvalidItemRejectsTheWholeRequestNamingItsPath() {
        String valid = "{\"email\":\"valid.%s@example.org\"}".formatted(run);
        ApiClient.Reply refused = admin.post("/api/v1/host/contacts",
                "[" + valid + ",{\"email\":\"not an email\"},{\"email\":\"x.%s@example.org\",\"timezone\":\"Mars/Base\"}]"
                        .formatted(run));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("[1].email", "[2].timezone"), refused.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(error -> error.getString("field")).toList());

        String view = admin.post("/api/v1/host/views", ("{\"name\":\"Valid %s\",\"recordType\":\"CONTACT\","
                + "\"conditions\":[{\"field\":\"email\",\"operator\":\"EQUALS\",\"value\":\"valid.%s@example.org\"}]}")
                .formatted(run, run)).json().getString("id");
        assertEquals(0, admin.get("/api/v1/host/views/" + view + "/contacts").json().getJsonArray("items").size(),
                "the valid item of the refused request was not stored");

        assertEquals(201, admin.post("/api/v1/host/contacts", "[" + valid + "]").status());
        // Like many CRMs the embedded host lets contacts share an address; sequences decide about duplicates.
        ApiClient.Reply sameAddress = admin.post("/api/v1/host/contacts",
                "[{\"email\":\"VALID.%s@EXAMPLE.ORG\"}]".formatted(run.toUpperCase()));
        assertEquals(201, sameAddress.status(), sameAddress.body());
        assertEquals(2, admin.get("/api/v1/host/views/" + view + "/contacts").json().getJsonArray("items").size());
    }

    @Test
    void importsAStreamedCsvReportingBadRowsAndUpsertsByEmailOnASecondImport() {
        String tag = "Fair " + run;
        int rows = 1200;
        ApiClient.Reply first = importCsv(tag, rows);
        assertEquals(200, first.status(), first.body());
        assertEquals(rows, first.json().getJsonNumber("imported").longValue());
        JsonArray rejected = first.json().getJsonArray("rejected");
        assertEquals(2, rejected.size(), first.body());
        assertEquals(rows + 2, rejected.getJsonObject(0).getInt("line"));
        assertTrue(rejected.getJsonObject(0).getString("reason").startsWith("email:"), first.body());
        assertEquals(rows + 3, rejected.getJsonObject(1).getInt("line"));

        ApiClient.Reply second = importCsv(tag, rows);
        assertEquals(rows, second.json().getJsonNumber("imported").longValue());

        String viewId = view("{\"name\":\"Imported %s\",\"recordType\":\"CONTACT\",\"conditions\":[{\"field\":\"importName\","
                + "\"operator\":\"EQUALS\",\"value\":\"%s\"}],\"match\":\"ALL\"}", run, tag);
        Set<String> emails = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            ApiClient.Reply page = admin.get("/api/v1/host/views/" + viewId + "/contacts?size=500"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.status(), page.body());
            page.json().getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(contact -> assertTrue(emails.add(contact.getString("email")), "twice: " + contact));
            cursor = page.json().get("nextCursor") instanceof JsonString next ? next.getString() : null;
            pages++;
        } while (cursor != null);
        assertEquals(rows, emails.size(), "the second import updated the contacts instead of adding new ones");
        assertEquals(3, pages);
    }

    @Test
    void anImportOverItsLimitIs413WhetherItsLengthIsDeclaredOrNot() {
        // Rows longer than the CSV reader's own bound are rejected one by one, so the file is read on to the limit.
        String row = "x".repeat(70_000) + "\n";
        byte[] csv = ("email,firstName\n" + row.repeat(IMPORT_LIMIT / row.length() + 1))
                .getBytes(StandardCharsets.UTF_8);

        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(csv),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv)))) {
            ApiClient.Reply refused = admin.send(admin.request("/api/v1/host/contacts/import?tag=big")
                    .header("Content-Type", "text/csv").POST(body));
            assertEquals(413, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals("must be at most " + IMPORT_LIMIT + " bytes",
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        }
    }

    @Test
    void savedViewsAreListedAndEvaluatedInTheDatabase() {
        String accountId = account("Gold " + run);
        admin.post("/api/v1/host/contacts", """
                [{"email":"v1.%1$s@x.example","fields":{"score":80,"run":"%1$s"}},
                 {"email":"v2.%1$s@x.example","fields":{"score":9,"run":"%1$s"}},
                 {"email":"v3.%1$s@x.example","accountId":"%2$s","fields":{"score":"0 (unknown)","run":"%1$s"}}]"""
                .formatted(run, accountId));
        String viewId = view("{\"name\":\"Hot %s\",\"recordType\":\"CONTACT\",\"conditions\":["
                + "{\"field\":\"fields.run\",\"operator\":\"EQUALS\",\"value\":\"%s\"},"
                + "{\"field\":\"fields.score\",\"operator\":\"GREATER_THAN\",\"value\":10}],\"match\":\"ALL\"}", run, run);
        JsonObject page = admin.get("/api/v1/host/views/" + viewId + "/contacts").json();
        assertEquals(List.of("v1." + run + "@x.example"), page.getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(contact -> contact.getString("email")).toList());

        String accounts = view("{\"name\":\"Gold accounts %s\",\"recordType\":\"ACCOUNT\",\"conditions\":["
                + "{\"field\":\"account.name\",\"operator\":\"EQUALS\",\"value\":\"gold %s\"}],\"match\":\"ANY\"}", run, run);
        assertEquals(List.of(accountId), admin.get("/api/v1/host/views/" + accounts + "/accounts").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("id")).toList());

        assertTrue(admin.get("/api/v1/host/views").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(view -> view.getString("id").equals(viewId) && view.getJsonArray("conditions").size() == 2));

        ApiClient.Reply invalid = admin.post("/api/v1/host/views",
                "{\"name\":\"Bad\",\"recordType\":\"CONTACT\",\"conditions\":[{\"field\":\"email.opened\","
                        + "\"operator\":\"EQUALS\",\"value\":\"any\"},{\"field\":\"city\",\"operator\":\"LIKE\",\"value\":\"x\"}]}");
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals(List.of("conditions[0].field", "conditions[1].operator"), invalid.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(error -> error.getString("field")).toList());
        assertEquals(404, admin.get("/api/v1/host/views/" + accounts + "/contacts").status());
    }

    private ApiClient.Reply importCsv(String tag, int rows) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(bytes("email,firstName,city,score\n"));
        IntStream.range(0, rows).forEach(i -> parts.add(bytes("row" + i + "." + run + "@import.example,Row " + i
                + ",\"Berlin, DE\"," + i + "\n")));
        parts.add(bytes("not-an-email,Bad,Berlin,1\nshort." + run + "@import.example,Short\n"));
        String query = "tag=" + java.net.URLEncoder.encode(tag, StandardCharsets.UTF_8);
        return admin.send(admin.request("/api/v1/host/contacts/import?" + query).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        Collections.enumeration(parts)))));
    }

    private String account(String name) {
        ApiClient.Reply created = admin.post("/api/v1/host/accounts",
                "[{\"name\":\"" + name + "\",\"domain\":\"acme.example\",\"fields\":{\"tier\":\"gold\"}}]");
        assertEquals(201, created.status(), created.body());
        return created.array().getJsonObject(0).getString("id");
    }

    private String view(String template, Object... values) {
        ApiClient.Reply created = admin.post("/api/v1/host/views", template.formatted(values));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
