/** Message transports the plugin sends text messages through: {@code log} (development) and Twilio-compatible HTTP. */
package org.salessequences.spi.message;
