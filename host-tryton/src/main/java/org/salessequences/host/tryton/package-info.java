/**
 * The {@code tryton} host adapter: Tryton 6.0 over JSON-RPC (parties as contacts and organisations, saved searches
 * as views, notes as activities, project tasks as tasks). Found by the plugin through
 * {@code META-INF/services/org.salessequences.spi.host.HostCrmFactory}; the Tryton side is the module
 * {@code sales_sequences} in {@code src/main/tryton}.
 */
package org.salessequences.host.tryton;
