package org.salessequences.domain.model.shared;

import jakarta.json.JsonObject;

/**
 * The port through which records are kept as JSON documents in text columns (a sequence's definition, a step's
 * effect in the outbox, a version's changes); the JSON binding behind it is the infrastructure's.
 */
public interface StoredDocuments {

    String write(Object document);

    <T> T read(String json, Class<T> type);

    /** The document as a JSON-P tree, for comparing documents field by field. */
    JsonObject tree(Object document);
}
