/**
 * Plain JDBC for the engine's hot paths (bulk enrollment, step executions, the outbox): set-based statements
 * and batched inserts on the same {@code jdbc/__default} connection and transaction JPA uses.
 */
package org.salessequences.infrastructure.persistence.jdbc;
