package org.salessequences.infrastructure.host.freshsales;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.salessequences.infrastructure.json.JsonTrees;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * Freshsales records (snake_case, custom fields under {@code custom_field} as {@code cf_<name>}) as the port's
 * records (contract names, {@code fields.<name>}).
 *
 * <p>The fields the plugin keeps current are Freshsales custom fields of the contact, because Freshsales' own
 * {@code last_contacted_mode} and sequence fields are maintained by Freshsales itself and are read-only through the
 * API: {@value #LAST_CONTACTED_MODE}, {@value #LAST_ACTIVITY_TYPE}, {@value #ACTIVE_SEQUENCES} and
 * {@value #COMPLETED_SEQUENCES} (text; sequence names joined with {@value #LIST_SEPARATOR}). An admin creates them
 * once in Freshsales (Admin settings, Contact fields).
 */
final class FreshsalesMapping {

    static final String CUSTOM_PREFIX = "cf_";
    static final String LAST_CONTACTED_MODE = "cf_last_contacted_mode";
    static final String LAST_ACTIVITY_TYPE = "cf_last_activity_type";
    static final String ACTIVE_SEQUENCES = "cf_active_sequences";
    static final String COMPLETED_SEQUENCES = "cf_completed_sequences";
    static final String LIST_SEPARATOR = "; ";
    private static final List<String> PLUGIN_FIELDS = List.of(LAST_CONTACTED_MODE, LAST_ACTIVITY_TYPE,
            ACTIVE_SEQUENCES, COMPLETED_SEQUENCES);

    private FreshsalesMapping() {
    }

    static HostContact contact(JsonObject contact) {
        Map<String, String> custom = customFields(contact);
        Map<String, String> properties = new HashMap<>();
        put(properties, "city", text(contact, "city"));
        put(properties, "state", text(contact, "state"));
        put(properties, "country", text(contact, "country"));
        put(properties, "jobTitle", text(contact, "job_title"));
        put(properties, "lastContactedMode", custom.remove(LAST_CONTACTED_MODE));
        put(properties, "lastActivityType", custom.remove(LAST_ACTIVITY_TYPE));
        custom.remove(ACTIVE_SEQUENCES);
        custom.remove(COMPLETED_SEQUENCES);
        String phone = text(contact, "mobile_number");
        return new HostContact(text(contact, "id"), text(contact, "email"), text(contact, "first_name"),
                text(contact, "last_name"), phone != null ? phone : text(contact, "work_number"),
                zone(text(contact, "time_zone")), text(contact, "owner_id"), primaryAccount(contact), properties,
                withoutPrefix(custom));
    }

    static HostAccount account(JsonObject account) {
        Map<String, String> properties = new HashMap<>();
        put(properties, "city", text(account, "city"));
        put(properties, "country", text(account, "country"));
        JsonValue industry = account.get("industry_type");
        if (industry instanceof JsonObject type) {
            put(properties, "industry", text(type, "name"));
        }
        return new HostAccount(text(account, "id"), text(account, "name"), domain(text(account, "website")),
                properties, withoutPrefix(customFields(account)));
    }

    /**
     * The body of {@code PUT /contacts/{id}}: the contact's whole {@code custom_field} map as read, with the plugin's
     * fields that the update sets replaced.
     */
    static JsonObject contactUpdate(JsonObject current, ContactUpdate update) {
        JsonObjectBuilder custom = JsonTrees.object();
        if (current != null && current.get("custom_field") instanceof JsonObject fields) {
            fields.forEach(custom::add);
        }
        if (update.lastContactedMode() != null) {
            custom.add(LAST_CONTACTED_MODE, update.lastContactedMode());
        }
        if (update.lastActivityType() != null) {
            custom.add(LAST_ACTIVITY_TYPE, update.lastActivityType());
        }
        if (update.activeSequences() != null) {
            custom.add(ACTIVE_SEQUENCES, String.join(LIST_SEPARATOR, update.activeSequences()));
        }
        if (update.completedSequences() != null) {
            custom.add(COMPLETED_SEQUENCES, String.join(LIST_SEPARATOR, update.completedSequences()));
        }
        return JsonTrees.object()
                .add("contact", JsonTrees.object().add("custom_field", custom)).build();
    }

    /** Reads back what {@link #contactUpdate} wrote (the plugin's fields of a contact as Freshsales holds them). */
    static ContactUpdate pluginFields(JsonObject contact) {
        JsonObject custom = contact.get("custom_field") instanceof JsonObject object ? object
                : JsonObject.EMPTY_JSON_OBJECT;
        return new ContactUpdate(text(custom, LAST_CONTACTED_MODE), text(custom, LAST_ACTIVITY_TYPE),
                names(text(custom, ACTIVE_SEQUENCES)), names(text(custom, COMPLETED_SEQUENCES)));
    }

    /** A Freshsales id (a number) or an id the plugin was given, as JSON. */
    static JsonValue id(String id) {
        if (id != null && id.matches("\\d{1,18}")) {
            return JsonTrees.value(Long.parseLong(id));
        }
        return id == null ? JsonValue.NULL : JsonTrees.value(id);
    }

    /** A member as text: strings as they are, numbers and booleans spelled out; absent, null or blank is null. */
    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().strip();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
        return text == null || text.isEmpty() ? null : text;
    }

    private static List<String> names(String joined) {
        return joined == null ? List.of() : List.of(joined.split(LIST_SEPARATOR.strip() + "\\s*"));
    }

    private static Map<String, String> customFields(JsonObject record) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (record.get("custom_field") instanceof JsonObject custom) {
            for (String name : custom.keySet()) {
                put(fields, name, text(custom, name));
            }
        }
        return fields;
    }

    /** {@code cf_score} is the field {@code fields.score}; names without the prefix are kept as they are. */
    private static Map<String, String> withoutPrefix(Map<String, String> custom) {
        Map<String, String> fields = new LinkedHashMap<>();
        custom.forEach((name, value) -> fields.put(name.startsWith(CUSTOM_PREFIX)
                ? name.substring(CUSTOM_PREFIX.length()) : name, value));
        return fields;
    }

    /** The primary account: the one marked {@code is_primary} among {@code sales_accounts}, else the first. */
    private static String primaryAccount(JsonObject contact) {
        if (contact.get("sales_accounts") instanceof JsonArray accounts && !accounts.isEmpty()) {
            for (JsonValue account : accounts) {
                if (account instanceof JsonObject object && object.getBoolean("is_primary", false)) {
                    return text(object, "id");
                }
            }
            return accounts.get(0) instanceof JsonObject first ? text(first, "id") : null;
        }
        return text(contact, "sales_account_id");
    }

    /** Freshsales also knows Rails zone names ("Chennai"); only IANA zones mean something to the plugin. */
    private static String zone(String zone) {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String domain(String website) {
        if (website == null) {
            return null;
        }
        String domain = website.replaceFirst("^[a-zA-Z]+://", "");
        int slash = domain.indexOf('/');
        return slash >= 0 ? domain.substring(0, slash) : domain;
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
