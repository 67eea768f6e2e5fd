package org.salessequences.infrastructure.json;

import java.io.StringReader;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.salessequences.domain.model.shared.StoredDocuments;

/**
 * One shared, thread-safe JSON-B instance for the documents kept in text columns.
 */
@ApplicationScoped
public class JsonDocuments implements StoredDocuments {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Override
    public String write(Object document) {
        return jsonb.toJson(document);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
        return jsonb.fromJson(json, type);
    }

    /** The document as a JSON-P tree, for comparing documents field by field. */
    @Override
    public JsonObject tree(Object document) {
        try (JsonReader reader = JsonTrees.reader(new StringReader(write(document)))) {
            return reader.readObject();
        }
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // Closing only releases caches; nothing is lost if it fails while the application stops.
        }
    }
}
