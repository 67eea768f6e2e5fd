package org.salessequences.domain.model.execution;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Which step execution sent an email, and whether an address asked for no more email: reads of what was sent. */
public interface SentEmailLookup {

    /** The step execution whose email has this Message-ID (with or without angle brackets). */
    Optional<String> executionOfMessage(String messageId);

    /** Whether the address asked for no more email (compared as given and in lower case). */
    boolean isUnsubscribed(String email);

    /** Those of the addresses that asked for no more email. */
    Set<String> unsubscribedAmong(Collection<String> emails);
}
