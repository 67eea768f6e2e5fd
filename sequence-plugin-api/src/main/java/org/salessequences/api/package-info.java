/**
 * The public REST/JSON contract of the Sales Sequences plugin: the records that requests and responses are
 * made of. Field names here are fixed by the public contract; fields may be added, never renamed.
 * Nothing in this package depends on an implementation (no Velocity, no EclipseLink).
 * <p>
 * Every package of records is {@code @JsonbNillable}: absent values are written as {@code null}, so a response
 * echoes every field of the request it answers. Declaring it on the records, rather than through a JAX-RS
 * {@code ContextResolver<Jsonb>} class, keeps the server from instantiating resolver classes lazily on the first
 * requests, which Payara does without a lock (concurrent first requests then failed with a
 * {@code ConcurrentModificationException}).
 */
@JsonbNillable
package org.salessequences.api;

import jakarta.json.bind.annotation.JsonbNillable;
