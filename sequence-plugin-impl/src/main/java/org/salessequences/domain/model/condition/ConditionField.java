package org.salessequences.domain.model.condition;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field a condition reads, parsed from its contract name.
 *
 * @param scope what it refers to
 * @param name  the property, custom field or email event name within that scope (e.g. {@code city},
 *              {@code sdrSequence}, {@code opened})
 */
public record ConditionField(FieldScope scope, String name) {

    /** Built-in contact properties, by their contract (camelCase) names. */
    public static final Set<String> CONTACT_PROPERTIES = Set.of("id", "email", "firstName", "lastName", "phone",
            "timezone", "ownerId", "accountId", "city", "state", "country", "jobTitle", "importName",
            "lastContactedMode", "lastActivityType");
    /** Built-in account properties. */
    public static final Set<String> ACCOUNT_PROPERTIES = Set.of("id", "name", "domain", "city", "country", "industry");
    /** Email events a condition can ask about. */
    public static final Set<String> EMAIL_EVENTS = Set.of("opened", "clicked", "replied", "bounced");

    private static final String CUSTOM = "fields.";
    private static final String ACCOUNT = "account.";
    private static final String EMAIL = "email.";
    /** Custom field names: letters, digits and underscores, starting with a letter, as hosts name them. */
    private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** Parses a contract field name; empty when it names nothing the plugin knows. */
    public static Optional<ConditionField> parse(String field) {
        if (field == null) {
            return Optional.empty();
        }
        if (field.startsWith(EMAIL)) {
            String event = field.substring(EMAIL.length());
            return EMAIL_EVENTS.contains(event)
                    ? Optional.of(new ConditionField(FieldScope.EMAIL_ACTIVITY, event)) : Optional.empty();
        }
        if (field.startsWith(ACCOUNT + CUSTOM)) {
            return custom(FieldScope.ACCOUNT_CUSTOM, field.substring(ACCOUNT.length() + CUSTOM.length()));
        }
        if (field.startsWith(ACCOUNT)) {
            String property = field.substring(ACCOUNT.length());
            return ACCOUNT_PROPERTIES.contains(property)
                    ? Optional.of(new ConditionField(FieldScope.ACCOUNT, property)) : Optional.empty();
        }
        if (field.startsWith(CUSTOM)) {
            return custom(FieldScope.CONTACT_CUSTOM, field.substring(CUSTOM.length()));
        }
        return CONTACT_PROPERTIES.contains(field)
                ? Optional.of(new ConditionField(FieldScope.CONTACT, field)) : Optional.empty();
    }

    private static Optional<ConditionField> custom(FieldScope scope, String name) {
        return CUSTOM_NAME.matcher(name).matches() ? Optional.of(new ConditionField(scope, name)) : Optional.empty();
    }

    /** The contract name this field was parsed from. */
    public String path() {
        return switch (scope) {
            case CONTACT -> name;
            case CONTACT_CUSTOM -> CUSTOM + name;
            case ACCOUNT -> ACCOUNT + name;
            case ACCOUNT_CUSTOM -> ACCOUNT + CUSTOM + name;
            case EMAIL_ACTIVITY -> EMAIL + name;
        };
    }
}
