package org.salessequences.application.validation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.salessequences.api.host.AccountInput;
import org.salessequences.api.host.ContactInput;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.domain.model.condition.ConditionField;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.RecordType;

/**
 * Reads host-data request items (accounts, contacts, saved views) into clean records: values stripped, empty
 * values dropped, one error per bad field under the item's path ({@code [3].email}, {@code [0].fields.score}).
 */
public final class HostInputReader {

    /** Longest text of a built-in property. */
    static final int MAX_TEXT = 255;
    /** Longest custom field value, the same bound conditions have. */
    static final int MAX_FIELD_VALUE = ConditionGroupReader.MAX_VALUE_LENGTH;
    static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private HostInputReader() {
    }

    /** @return the account with a new id, or {@code null} when anything was reported */
    public static HostAccount readAccount(String path, AccountInput input, Violations violations, String newId) {
        if (input == null) {
            violations.add(path, "must be an account");
            return null;
        }
        int before = violations.errors().size();
        String name = text(path, "name", input.name(), MAX_TEXT, violations);
        if (name == null && violations.errors().size() == before) {
            violations.add(Violations.path(path, "name"), "is required");
        }
        String domain = text(path, "domain", input.domain(), MAX_TEXT, violations);
        Map<String, String> properties = new HashMap<>();
        put(properties, "city", text(path, "city", input.city(), MAX_TEXT, violations));
        put(properties, "country", text(path, "country", input.country(), MAX_TEXT, violations));
        put(properties, "industry", text(path, "industry", input.industry(), MAX_TEXT, violations));
        Map<String, String> fields = fields(path, input.fields(), violations);
        return violations.errors().size() == before ? new HostAccount(newId, name, domain, properties, fields) : null;
    }

    /**
     * @param emailRequired whether the contact must have an address (an import matches contacts by it)
     * @return the contact with a new id, or {@code null} when anything was reported
     */
    public static HostContact readContact(String path, ContactInput input, Violations violations, String newId,
                                         boolean emailRequired) {
        if (input == null) {
            violations.add(path, "must be a contact");
            return null;
        }
        int before = violations.errors().size();
        String email = text(path, "email", input.email(), MAX_EMAIL, violations);
        if (email == null && emailRequired && violations.errors().size() == before) {
            violations.add(Violations.path(path, "email"), "is required");
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            violations.add(Violations.path(path, "email"), "must be an email address such as ada@example.com");
        }
        String timezone = text(path, "timezone", input.timezone(), 64, violations);
        if (timezone != null) {
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                violations.add(Violations.path(path, "timezone"), "must be an IANA time zone such as Europe/Berlin");
            }
        }
        String accountId = text(path, "accountId", input.accountId(), 36, violations);
        Map<String, String> properties = new HashMap<>();
        put(properties, "city", text(path, "city", input.city(), MAX_TEXT, violations));
        put(properties, "state", text(path, "state", input.state(), MAX_TEXT, violations));
        put(properties, "country", text(path, "country", input.country(), MAX_TEXT, violations));
        put(properties, "jobTitle", text(path, "jobTitle", input.jobTitle(), MAX_TEXT, violations));
        HostContact contact = new HostContact(newId, email,
                text(path, "firstName", input.firstName(), MAX_TEXT, violations),
                text(path, "lastName", input.lastName(), MAX_TEXT, violations),
                text(path, "phone", input.phone(), MAX_TEXT, violations), timezone,
                text(path, "ownerId", input.ownerId(), MAX_TEXT, violations), accountId, properties,
                fields(path, input.fields(), violations));
        return violations.errors().size() == before ? contact : null;
    }

    /**
     * Checks a saved view: a name, a record type, and property conditions that fit it (account views use
     * {@code account.*} fields).
     *
     * @return the record type, or {@code null} when anything was reported
     */
    public static RecordType readView(SavedViewDefinition view, Violations violations) {
        if (view == null) {
            violations.add("", "a saved view is required");
            return null;
        }
        int before = violations.errors().size();
        if (text("", "name", view.name(), 200, violations) == null && violations.errors().size() == before) {
            violations.add("name", "is required");
        }
        RecordType type = "CONTACT".equals(view.recordType()) ? RecordType.CONTACT
                : "ACCOUNT".equals(view.recordType()) ? RecordType.ACCOUNT : null;
        if (type == null) {
            violations.add("recordType", "must be CONTACT or ACCOUNT");
        }
        ConditionGroup group = ConditionGroupReader.read("", view.conditions(), view.match(), false, violations);
        if (group != null && type == RecordType.ACCOUNT) {
            for (int i = 0; i < group.conditions().size(); i++) {
                FieldScope scope = group.conditions().get(i).field().scope();
                if (scope != FieldScope.ACCOUNT && scope != FieldScope.ACCOUNT_CUSTOM) {
                    violations.add("conditions[" + i + "].field",
                            "a view of accounts filters on account.<property> or account.fields.<custom>");
                }
            }
        }
        return violations.errors().size() == before ? type : null;
    }

    /** Custom fields: names as conditions spell them ({@code fields.<name>}), scalar values; empty ones dropped. */
    static Map<String, String> fields(String path, Map<String, Object> given, Violations violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (given == null) {
            return fields;
        }
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String fieldPath = Violations.path(Violations.path(path, "fields"), String.valueOf(entry.getKey()));
            if (entry.getKey() == null || ConditionField.parse("fields." + entry.getKey()).isEmpty()) {
                violations.add(fieldPath, "a custom field name has letters, digits and underscores, starting with a "
                        + "letter, at most 64 characters");
                continue;
            }
            String value = ConditionGroupReader.scalar(entry.getValue());
            if (value == null && entry.getValue() != null) {
                violations.add(fieldPath, "must be a string or a number");
            } else if (value != null && value.length() > MAX_FIELD_VALUE) {
                violations.add(fieldPath, "must be at most " + MAX_FIELD_VALUE + " characters");
            } else if (value != null && !value.isEmpty()) {
                fields.put(entry.getKey(), value);
            }
        }
        return fields;
    }

    /** A stripped text, {@code null} when absent or empty; reports one that is too long. */
    private static String text(String path, String member, String value, int maxLength, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            violations.add(Violations.path(path, member), "must be at most " + maxLength + " characters");
            return null;
        }
        return stripped;
    }

    private static void put(Map<String, String> properties, String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
    }

    /** The messages of a list of errors, for one line of a report: {@code email: must be ...; timezone: ...}. */
    public static String summary(List<org.salessequences.api.FieldError> errors) {
        return String.join("; ", errors.stream().map(error -> error.field().isEmpty() ? error.message()
                : error.field() + ": " + error.message()).toList());
    }
}
