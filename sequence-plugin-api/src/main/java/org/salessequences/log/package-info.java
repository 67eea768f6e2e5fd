/**
 * The catalogue of log ids: one enum that every log line and failure message of the plugin and of the host adapters
 * built with it takes its {@code SEQ-nnnn} id from. It lives beside the SPI so that an adapter, which sees only this
 * module, writes its ids from the same list as the plugin.
 */
package org.salessequences.log;
