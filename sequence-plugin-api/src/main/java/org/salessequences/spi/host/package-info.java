/**
 * The host CRM port: contacts, accounts and saved views to read, and the few things the plugin writes back
 * (contact fields, timeline activities, tasks). Adapters: {@code embedded} (tables kept by the plugin) and
 * {@code freshsales} (the Freshsales public REST API), chosen by {@code sequences.host.adapter}.
 */
package org.salessequences.spi.host;
