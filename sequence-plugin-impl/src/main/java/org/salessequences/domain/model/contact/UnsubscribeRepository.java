package org.salessequences.domain.model.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Addresses (lower case) that asked for no more email from any sequence. */
public interface UnsubscribeRepository {

    /** The source of an address whose recipient reported an email as spam (a feedback report). */
    String COMPLAINT = "COMPLAINT";

    /** Records an unsubscribe; returns whether the address was not unsubscribed before. */
    boolean add(String email, String contactId, String source, Instant at);

    boolean contains(String email);

    /** Which of these addresses unsubscribed. */
    Set<String> among(Collection<String> emails);
}
