/**
 * The database schema, owned by the plugin: versioned SQL scripts applied once each at start-up, on H2 and
 * PostgreSQL alike, and the few data migrations SQL cannot make alike on both, written in Java.
 */
package org.salessequences.infrastructure.persistence.schema;
