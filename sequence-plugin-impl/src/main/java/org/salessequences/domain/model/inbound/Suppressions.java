package org.salessequences.domain.model.inbound;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Addresses (lower case) a rep's mailbox never emails again, from any of that rep's sequences. */
public interface Suppressions {

    /** The reason of a hard bounce (also soft bounces that counted as hard). */
    String HARD_BOUNCE = "HARD_BOUNCE";

    /** @return whether the address was not suppressed for the owner before */
    boolean suppress(String ownerId, String email, String reason, Instant at);

    /** Which of these addresses the owner's mailbox does not email. */
    Set<String> among(String ownerId, Collection<String> emails);
}
