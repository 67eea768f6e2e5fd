/**
 * The database schema, owned by the plugin: versioned SQL scripts run by Flyway at start-up on H2 and PostgreSQL
 * alike, in the order {@code db/migration/migrations.txt} lists them, and the few changes SQL cannot make alike on
 * both, written in Java; databases of earlier releases are adopted where they stand.
 */
package org.salessequences.infrastructure.persistence.schema;
