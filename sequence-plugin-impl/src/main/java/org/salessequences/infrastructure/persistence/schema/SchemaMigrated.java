package org.salessequences.infrastructure.persistence.schema;

/** Fired once the schema is up to date at the application's start: work that uses the tables may begin. */
public record SchemaMigrated() {
}
