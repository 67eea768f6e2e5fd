package org.salessequences.domain.model.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Addresses (lower case) that asked for no more email from any sequence. */
public interface UnsubscribeRepository {

    /** Records an unsubscribe; returns whether the address was not unsubscribed before. */
    boolean add(String email, String contactId, String source, Instant at);

    boolean contains(String email);

    /** Which of these addresses unsubscribed. */
    Set<String> among(Collection<String> emails);
}
