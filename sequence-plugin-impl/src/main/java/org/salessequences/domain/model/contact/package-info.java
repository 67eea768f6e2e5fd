/**
 * What the plugin itself keeps about host contacts (the addresses that unsubscribed), and which of them a user
 * reaches.
 */
package org.salessequences.domain.model.contact;
