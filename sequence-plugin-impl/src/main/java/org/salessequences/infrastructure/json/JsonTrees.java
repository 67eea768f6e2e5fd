package org.salessequences.infrastructure.json;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.Collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P trees built and read through one provider, found once.
 * <p>
 * Each static {@code jakarta.json.Json.createX} call looks its provider up again: an OSGi probe and a
 * {@link java.util.ServiceLoader} walk over the web application's class path. Writing a contact's sequence list to
 * the embedded host that way took more CPU time than the update itself, so code on a per-record or per-request path
 * builds its JSON here instead.
 */
public final class JsonTrees {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonTrees() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> items) {
        return PROVIDER.createArrayBuilder(items);
    }

    public static JsonReader reader(Reader source) {
        return PROVIDER.createReader(source);
    }

    public static JsonString value(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(long value) {
        return PROVIDER.createValue(value);
    }
}
