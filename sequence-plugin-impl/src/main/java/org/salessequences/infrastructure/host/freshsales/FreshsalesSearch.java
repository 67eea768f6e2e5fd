package org.salessequences.infrastructure.host.freshsales;

import java.util.Collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.salessequences.infrastructure.json.JsonTrees;

/**
 * Bodies of Freshsales' documented search, {@code POST /filtered_search/contact}:
 * {@code {"filter_rule":[{"attribute","operator":"is_in","value":[...]}],"page","per_page"}}.
 */
final class FreshsalesSearch {

    private FreshsalesSearch() {
    }

    /** A rule matching records whose {@code attribute} is one of {@code values}. */
    static JsonObject rule(String attribute, Collection<String> values) {
        JsonArrayBuilder list = JsonTrees.array();
        values.forEach(list::add);
        return JsonTrees.object().add("attribute", attribute).add("operator", "is_in").add("value", list).build();
    }

    static JsonObject body(JsonObject rule, int page, int perPage) {
        return JsonTrees.object().add("filter_rule", JsonTrees.array().add(rule)).add("page", page)
                .add("per_page", perPage).build();
    }
}
