/** JSON binding of the documents the plugin stores (sequence definitions, step settings, outbox payloads). */
package org.salessequences.infrastructure.json;
