/** A rep's own mailbox: the address and signature their emails carry, and the servers that send and receive them. */
package org.salessequences.domain.model.mailbox;
