/** The plugin's interfaces to the outside: REST resources and public web endpoints. */
package org.salessequences.interfaces;
