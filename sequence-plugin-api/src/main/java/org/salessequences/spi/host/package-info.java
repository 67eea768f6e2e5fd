/**
 * The host CRM port: contacts, accounts and saved views to read, and the few things the plugin writes back
 * (contact fields, timeline activities, tasks). Adapters are made by a {@link org.salessequences.spi.host.HostCrmFactory}
 * found with {@link java.util.ServiceLoader} by its id, the value of {@code sequences.host.adapter}: {@code embedded}
 * (tables kept by the plugin), {@code freshsales} (the Freshsales public REST API), {@code tryton} (module
 * {@code host-tryton}), or any other on the class path.
 */
package org.salessequences.spi.host;
