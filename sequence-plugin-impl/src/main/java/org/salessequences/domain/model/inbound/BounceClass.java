package org.salessequences.domain.model.inbound;

/** What a failed delivery says about the recipient's address. */
public enum BounceClass {
    /** The address cannot receive mail (unknown user, no such domain, the address moved): never send to it again. */
    HARD,
    /** The address exists but the email was refused for now or for its content (full mailbox, policy, time-out). */
    SOFT,
    /** The failure was on the sending side (our own relay or account refused it): says nothing about the contact. */
    SENDER
}
