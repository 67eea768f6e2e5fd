/**
 * Extension points of the plugin: the host CRM it works on and the transports it sends messages through.
 * Small and stable: they evolve only by adding default methods. Each port documents its threading and paging.
 */
package org.salessequences.spi;
