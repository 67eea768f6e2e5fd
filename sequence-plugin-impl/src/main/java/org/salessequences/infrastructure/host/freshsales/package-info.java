/**
 * The Freshsales adapter of the host port: the Freshsales public REST API over {@code java.net.http} with JSON-P,
 * authenticated with {@code Authorization: Token token=<api key>}. It pages views by {@code meta.total_pages},
 * waits out HTTP 429 ({@code Retry-After}) and retries 5xx within a bounded budget, and fails at once on 401.
 * The plugin's own contact fields are custom fields (see {@link org.salessequences.infrastructure.host.freshsales.FreshsalesMapping}).
 */
package org.salessequences.infrastructure.host.freshsales;
