/**
 * Tables of the email channel, reached with plain JDBC on the application's data source ({@code jdbc/__default},
 * the same pool as JPA, so statements join the caller's JTA transaction). They are small key-value shapes with
 * no object graph; plain SQL keeps them exactly as the migration writes them, and lets their tests run against
 * a real H2 and PostgreSQL without a container.
 */
package org.salessequences.infrastructure.persistence.jdbc;
