/** {@code /api/v1/dev-mailbox}: the demo mailbox of the built-in mail sink. */
package org.salessequences.interfaces.rest.devmailbox;
