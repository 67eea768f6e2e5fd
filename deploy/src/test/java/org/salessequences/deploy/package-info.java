/**
 * End-to-end tests of what ships: the real WAR deployed into Payara Micro by Arquillian, driven over HTTP
 * exactly as a host CRM or a widget drives it.
 */
package org.salessequences.deploy;
