/** Persistence: the schema, its migrations and the JPA repositories. */
package org.salessequences.infrastructure.persistence;
