/**
 * JSON binding of the documents the plugin stores (sequence definitions, step settings, outbox payloads), and
 * JSON-P trees through one provider looked up once.
 */
package org.salessequences.infrastructure.json;
