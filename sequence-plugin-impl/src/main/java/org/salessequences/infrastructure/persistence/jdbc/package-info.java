/**
 * Plain JDBC on the application's data source ({@code jdbc/__default}, the same pool as JPA, so statements join the
 * caller's JTA transaction): the engine's hot paths (bulk enrollment, step executions, the outbox) with set-based
 * statements and batched inserts, and the email channel's small tables. Plain SQL keeps them exactly as the
 * migrations write them, and lets their tests run against a real H2 and PostgreSQL without a container.
 */
package org.salessequences.infrastructure.persistence.jdbc;
