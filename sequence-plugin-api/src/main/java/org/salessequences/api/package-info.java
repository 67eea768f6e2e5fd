/**
 * The public REST/JSON contract of the Sales Sequences plugin: the records that requests and responses are
 * made of. Field names here are fixed by the public contract; fields may be added, never renamed.
 * Nothing in this package depends on an implementation (no Velocity, no EclipseLink).
 */
package org.salessequences.api;
