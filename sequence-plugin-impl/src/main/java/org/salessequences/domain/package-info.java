/** The domain model: aggregates, their repositories and the rules that belong to them. */
package org.salessequences.domain;
