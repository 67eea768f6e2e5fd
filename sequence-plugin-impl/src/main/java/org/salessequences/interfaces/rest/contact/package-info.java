/** A contact's side of the plugin: its enrollments and its sequence timeline. */
package org.salessequences.interfaces.rest.contact;
