package org.salessequences.infrastructure.host.freshsales;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Freshsales' contacts as a WireMock extension that keeps state: {@code GET /contacts/{id}} answers what the last
 * {@code PUT} left, a {@code PUT} replaces the {@code custom_field} map it is given whole (as one report says
 * Freshsales does, so an adapter that sends only its own fields loses the others), and {@code POST
 * /filtered_search/contact} evaluates its {@code filter_rule}s ({@code is_in} on {@code id}, {@code sales_account_id},
 * {@code contact_email.email}) and pages by {@code page}/{@code per_page}.
 */
final class FreshsalesContactStore implements ResponseDefinitionTransformerV2 {

    static final String NAME = "freshsales-contacts";
    private static final Pattern CONTACT = Pattern.compile(".*/api/contacts/(\\d+)(\\?.*)?");

    private final Map<String, JsonObject> contacts = new ConcurrentHashMap<>();

    void put(JsonObject contact) {
        contacts.put(contact.getJsonNumber("id").toString(), contact);
    }

    JsonObject get(String id) {
        return contacts.get(id);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        Matcher one = CONTACT.matcher(request.getUrl());
        if (one.matches()) {
            JsonObject current = contacts.get(one.group(1));
            if (current == null) {
                return json(404, Json.createObjectBuilder().add("errors", Json.createObjectBuilder()
                        .add("code", 404).add("message", "Contact not found")).build());
            }
            if (request.getMethod().getName().equals("PUT")) {
                JsonObjectBuilder updated = Json.createObjectBuilder(current);
                read(request.getBodyAsString()).getJsonObject("contact").forEach(updated::add);
                current = updated.build();
                contacts.put(one.group(1), current);
            }
            return json(200, Json.createObjectBuilder().add("contact", current).build());
        }
        return search(read(request.getBodyAsString()));
    }

    private ResponseDefinition search(JsonObject body) {
        List<JsonObject> matching = new ArrayList<>(contacts.values().stream()
                .filter(contact -> body.getJsonArray("filter_rule").getValuesAs(JsonObject.class).stream()
                        .allMatch(rule -> matches(contact, rule)))
                .sorted((a, b) -> Long.compare(a.getJsonNumber("id").longValue(), b.getJsonNumber("id").longValue()))
                .toList());
        int page = body.getInt("page", 1);
        int perPage = body.getInt("per_page", 25);
        int totalPages = Math.max(1, (matching.size() + perPage - 1) / perPage);
        JsonArrayBuilder items = Json.createArrayBuilder();
        matching.subList(Math.min(matching.size(), (page - 1) * perPage), Math.min(matching.size(), page * perPage))
                .forEach(items::add);
        return json(200, Json.createObjectBuilder().add("contacts", items).add("meta", Json.createObjectBuilder()
                .add("total_pages", totalPages).add("total", matching.size())).build());
    }

    private static boolean matches(JsonObject contact, JsonObject rule) {
        if (!"is_in".equals(rule.getString("operator"))) {
            throw new IllegalArgumentException("this stub knows is_in only: " + rule);
        }
        List<String> values = rule.getJsonArray("value").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        return switch (rule.getString("attribute")) {
            case "id" -> values.contains(contact.getJsonNumber("id").toString());
            case "contact_email.email" -> values.stream().anyMatch(v -> v.equalsIgnoreCase(contact.getString("email")));
            case "sales_account_id" -> contact.containsKey("sales_accounts") && contact.getJsonArray("sales_accounts")
                    .getValuesAs(JsonObject.class).stream().map(account -> account.getJsonNumber("id").toString())
                    .collect(Collectors.toSet()).stream().anyMatch(values::contains);
            default -> throw new IllegalArgumentException("unknown attribute in " + rule);
        };
    }

    private static ResponseDefinition json(int status, JsonValue body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body.toString()).build();
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
