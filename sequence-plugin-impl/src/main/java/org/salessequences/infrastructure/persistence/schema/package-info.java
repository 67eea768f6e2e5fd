/**
 * The database schema, owned by the plugin: versioned SQL scripts applied once each at start-up, on H2 and
 * PostgreSQL alike.
 */
package org.salessequences.infrastructure.persistence.schema;
