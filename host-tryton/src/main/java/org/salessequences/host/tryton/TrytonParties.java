package org.salessequences.host.tryton;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * Tryton parties as the port's records. A party has one {@code name} (a person's is split at its first space into
 * first and last name), email, phone and website among its {@code contact_mechanisms}, the city of its first address;
 * the module {@code sales_sequences} adds a time zone, custom fields ({@code name=value} lines) and the plugin's
 * fields (sequence lists one name a line).
 */
final class TrytonParties {

    /** The party fields every read asks for (nested ones come back under {@code "contact_mechanisms."}...). */
    static final List<String> FIELDS = List.of("name", "sequences_timezone", "sequences_fields",
            "sequences_last_contacted_mode", "sequences_last_activity_type", "contact_mechanisms.type",
            "contact_mechanisms.value", "addresses.city");
    static final String LIST_SEPARATOR = "\n";

    private TrytonParties() {
    }

    static JsonArray fields() {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        FIELDS.forEach(fields::add);
        return fields.build();
    }

    static HostContact contact(JsonObject party, String accountId) {
        String name = text(party, "name");
        String first = name;
        String last = null;
        int space = name == null ? -1 : name.indexOf(' ');
        if (space > 0) {
            first = name.substring(0, space);
            last = name.substring(space + 1).strip();
        }
        Map<String, String> properties = new HashMap<>();
        put(properties, "city", city(party));
        put(properties, "lastContactedMode", text(party, "sequences_last_contacted_mode"));
        put(properties, "lastActivityType", text(party, "sequences_last_activity_type"));
        String phone = mechanism(party, "mobile");
        return new HostContact(id(party), mechanism(party, "email"), first, last,
                phone != null ? phone : mechanism(party, "phone"), text(party, "sequences_timezone"), null, accountId,
                properties, customFields(party));
    }

    static HostAccount account(JsonObject party) {
        Map<String, String> properties = new HashMap<>();
        put(properties, "city", city(party));
        String website = mechanism(party, "website");
        String domain = website == null ? null : website.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("/.*$", "");
        return new HostAccount(id(party), text(party, "name"), domain, properties, customFields(party));
    }

    /** The values of {@code model.party.party.write} for the update's non-null fields. */
    static JsonObject values(ContactUpdate update) {
        var values = Json.createObjectBuilder();
        if (update.lastContactedMode() != null) {
            values.add("sequences_last_contacted_mode", update.lastContactedMode());
        }
        if (update.lastActivityType() != null) {
            values.add("sequences_last_activity_type", update.lastActivityType());
        }
        if (update.activeSequences() != null) {
            values.add("sequences_active", String.join(LIST_SEPARATOR, update.activeSequences()));
        }
        if (update.completedSequences() != null) {
            values.add("sequences_completed", String.join(LIST_SEPARATOR, update.completedSequences()));
        }
        return values.build();
    }

    /** The plugin's fields as a party holds them (for tests and tools reading them back). */
    static ContactUpdate pluginFields(JsonObject party) {
        return new ContactUpdate(text(party, "sequences_last_contacted_mode"),
                text(party, "sequences_last_activity_type"), names(text(party, "sequences_active")),
                names(text(party, "sequences_completed")));
    }

    static String id(JsonObject record) {
        return record.getJsonNumber("id").toString();
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : text;
        }
        return value instanceof JsonNumber number ? number.toString() : null;
    }

    private static List<String> names(String joined) {
        return joined == null ? List.of() : joined.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Map<String, String> customFields(JsonObject party) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = text(party, "sequences_fields");
        if (text != null) {
            text.lines().forEach(line -> {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            });
        }
        return fields;
    }

    private static String mechanism(JsonObject party, String type) {
        if (party.get("contact_mechanisms.") instanceof JsonArray mechanisms) {
            for (JsonObject mechanism : mechanisms.getValuesAs(JsonObject.class)) {
                if (type.equals(text(mechanism, "type"))) {
                    return text(mechanism, "value");
                }
            }
        }
        return null;
    }

    private static String city(JsonObject party) {
        if (party.get("addresses.") instanceof JsonArray addresses && !addresses.isEmpty()
                && addresses.get(0) instanceof JsonObject first) {
            return text(first, "city");
        }
        return null;
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
