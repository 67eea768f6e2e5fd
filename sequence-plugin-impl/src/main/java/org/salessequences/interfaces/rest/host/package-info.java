/**
 * The host-data endpoints ({@code /api/v1/host}) that fill and inspect the embedded host CRM; admins only.
 */
package org.salessequences.interfaces.rest.host;
