/** JPA (EclipseLink) implementations of the domain repositories, and the converters they share. */
package org.salessequences.infrastructure.persistence.jpa;
