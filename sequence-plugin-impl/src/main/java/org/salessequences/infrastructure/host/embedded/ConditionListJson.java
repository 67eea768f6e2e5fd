package org.salessequences.infrastructure.host.embedded;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.infrastructure.json.JsonTrees;

/**
 * The conditions of a saved view as stored in {@code host_view.conditions}: a JSON array of
 * {@code {"field","operator","value"}}, read back into the shapes {@code ConditionGroupReader} takes.
 */
final class ConditionListJson {

    private ConditionListJson() {
    }

    static String write(List<ConditionDefinition> conditions) {
        JsonArrayBuilder array = JsonTrees.array();
        for (ConditionDefinition condition : conditions) {
            JsonObjectBuilder object = JsonTrees.object().add("field", condition.field())
                    .add("operator", condition.operator());
            if (condition.value() != null) {
                object.add("value", value(condition.value()));
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static List<ConditionDefinition> read(String json) {
        try (JsonReader reader = JsonTrees.reader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<ConditionDefinition> conditions = new ArrayList<>(array.size());
            for (JsonObject object : array.getValuesAs(JsonObject.class)) {
                conditions.add(new ConditionDefinition(object.getString("field"), object.getString("operator"),
                        object.containsKey("value") ? plain(object.get("value")) : null));
            }
            return conditions;
        }
    }

    /** Lists of names (a contact's sequences) as a JSON array. */
    static String writeNames(List<String> names) {
        return names == null ? null : JsonTrees.array(names).build().toString();
    }

    static List<String> readNames(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = JsonTrees.reader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString::getString);
        }
    }

    private static JsonValue value(Object value) {
        if (value instanceof Collection<?> items) {
            JsonArrayBuilder array = JsonTrees.array();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof BigDecimal number) {
            return JsonTrees.value(number);
        }
        if (value instanceof Number number) {
            return JsonTrees.value(new BigDecimal(number.toString()));
        }
        return JsonTrees.value(String.valueOf(value));
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> value.asJsonArray().stream().map(ConditionListJson::plain).toList();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
