/** Inbound events from the host, authenticated by their HMAC signature instead of a user token. */
package org.salessequences.interfaces.rest.event;
