package org.salessequences.application.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.salessequences.api.host.ContactInput;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.condition.ConditionField;

/**
 * What each column of a contact CSV holds, from its header: a built-in property by contract name (any case), or
 * else a custom field ({@code score} or {@code fields.score}).
 */
final class ContactCsvColumns {

    static final List<String> BUILT_INS = List.of("email", "firstName", "lastName", "phone", "timezone", "ownerId",
            "accountId", "city", "state", "country", "jobTitle");
    /** Properties the plugin writes itself: a file cannot set them. */
    private static final Set<String> RESERVED = Set.of("id", "importname", "lastcontactedmode", "lastactivitytype");
    private static final Map<String, String> BUILT_INS_BY_LOWER_NAME = new HashMap<>();

    static {
        BUILT_INS.forEach(name -> BUILT_INS_BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), name));
    }

    private final String[] builtIn;
    private final String[] custom;
    private final Set<String> builtIns = new LinkedHashSet<>();
    private final Set<String> customFields = new LinkedHashSet<>();

    private ContactCsvColumns(int size) {
        builtIn = new String[size];
        custom = new String[size];
    }

    /** @throws org.salessequences.application.ValidationException naming each bad column ({@code header[2]}) */
    static ContactCsvColumns of(List<String> header) {
        ContactCsvColumns columns = new ContactCsvColumns(header.size());
        Violations violations = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String path = Violations.item("header", i);
            String lower = name.toLowerCase(Locale.ROOT);
            String customName = name.startsWith("fields.") ? name.substring("fields.".length()) : name;
            if (!seen.add(BUILT_INS_BY_LOWER_NAME.containsKey(lower) ? lower : customName)) {
                violations.add(path, "column " + name + " appears twice");
            } else if (BUILT_INS_BY_LOWER_NAME.containsKey(lower)) {
                columns.builtIn[i] = BUILT_INS_BY_LOWER_NAME.get(lower);
                columns.builtIns.add(columns.builtIn[i]);
            } else if (RESERVED.contains(lower)) {
                violations.add(path, name + " is set by the plugin, not by an import");
            } else if (ConditionField.parse("fields." + customName).isPresent()) {
                columns.custom[i] = customName;
                columns.customFields.add(customName);
            } else {
                violations.add(path, "\"" + name + "\" is neither a contact property (" + String.join(", ", BUILT_INS)
                        + ") nor a custom field name (letters, digits and underscores, starting with a letter)");
            }
        }
        if (violations.isEmpty() && !columns.builtIns.contains("email")) {
            violations.add("header", "needs an email column");
        }
        violations.throwIfAny();
        return columns;
    }

    int size() {
        return builtIn.length;
    }

    Set<String> builtIns() {
        return builtIns;
    }

    Set<String> customFields() {
        return customFields;
    }

    /** The cells of a row as a contact request item. */
    ContactInput input(List<String> cells) {
        Map<String, String> properties = new HashMap<>();
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (builtIn[i] != null) {
                properties.put(builtIn[i], cells.get(i));
            } else {
                fields.put(custom[i], cells.get(i));
            }
        }
        return new ContactInput(properties.get("email"), properties.get("firstName"), properties.get("lastName"),
                properties.get("phone"), properties.get("timezone"), properties.get("ownerId"),
                properties.get("accountId"), properties.get("city"), properties.get("state"), properties.get("country"),
                properties.get("jobTitle"), fields);
    }
}
