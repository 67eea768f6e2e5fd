/** What the plugin itself keeps about host contacts: the addresses that unsubscribed. */
package org.salessequences.domain.model.contact;
