package org.salessequences.application.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What changed between two saved versions of a sequence, as field paths a person can read. Steps are matched
 * by their stable id, not by their place in the list, so moving a step reads as a move and not as every step
 * after it changing.
 */
final class DefinitionDiff {

    /** Fields the server sets; they change on every save and say nothing about the edit. */
    private static final Set<String> SERVER_FIELDS = Set.of("id", "ownerId", "version", "createdAt", "updatedAt",
            "nextRunAt", "pausedReason");
    private static final Set<String> STEP_PLACEMENT = Set.of("id", "position");

    private DefinitionDiff() {
    }

    static List<String> changes(JsonObject before, JsonObject after) {
        List<String> changes = new ArrayList<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeAll(SERVER_FIELDS);
        keys.remove("steps");
        for (String key : keys) {
            compare(key, before.get(key), after.get(key), changes);
        }
        steps(list(before.get("steps")), list(after.get("steps")), changes);
        return changes;
    }

    private static void steps(List<JsonObject> before, List<JsonObject> after, List<String> changes) {
        Map<String, Integer> beforeIndex = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            beforeIndex.put(id(before.get(i)), i);
        }
        Set<String> kept = new TreeSet<>();
        for (int i = 0; i < after.size(); i++) {
            String id = id(after.get(i));
            Integer was = id == null ? null : beforeIndex.get(id);
            String path = "steps[" + i + "]";
            if (was == null) {
                changes.add(path + " added");
                continue;
            }
            kept.add(id);
            if (was != i) {
                changes.add(path + " moved from steps[" + was + "]");
            }
            compare(path, withoutPlacement(before.get(was)), withoutPlacement(after.get(i)), changes);
        }
        for (int i = 0; i < before.size(); i++) {
            if (!kept.contains(id(before.get(i)))) {
                changes.add("steps[" + i + "] removed");
            }
        }
    }

    private static void compare(String path, JsonValue before, JsonValue after, List<String> changes) {
        JsonValue left = before == null ? JsonValue.NULL : before;
        JsonValue right = after == null ? JsonValue.NULL : after;
        if (Objects.equals(left, right)) {
            return;
        }
        if (left instanceof JsonObject leftObject && right instanceof JsonObject rightObject) {
            Set<String> keys = new TreeSet<>(leftObject.keySet());
            keys.addAll(rightObject.keySet());
            for (String key : keys) {
                compare(path + "." + key, leftObject.get(key), rightObject.get(key), changes);
            }
            return;
        }
        changes.add(path);
    }

    private static JsonObject withoutPlacement(JsonObject step) {
        var builder = jakarta.json.Json.createObjectBuilder(step);
        STEP_PLACEMENT.forEach(builder::remove);
        return builder.build();
    }

    private static String id(JsonObject step) {
        JsonValue id = step.get("id");
        return id instanceof jakarta.json.JsonString text ? text.getString() : null;
    }

    private static List<JsonObject> list(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().getValuesAs(JsonObject.class);
    }
}
