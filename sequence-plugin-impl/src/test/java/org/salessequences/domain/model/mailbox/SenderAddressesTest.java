package org.salessequences.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SenderAddressesTest {

    private final SenderAddresses addresses = new SenderAddresses(List.of(" Acme.example ", "@team.example", ""));

    @Test
    void theOwnersOwnAddressIsAllowedInAnyCase() {
        assertTrue(new SenderAddresses(List.of()).allows("Rita@Reps.example", "rita@reps.example"));
        assertFalse(new SenderAddresses(List.of()).allows("boss@reps.example", "rita@reps.example"));
        assertFalse(new SenderAddresses(List.of()).allows("rita@reps.example", null), "no mailbox, no own address");
    }

    @Test
    void addressesInAnAllowedDomainAreAllowedButNotItsSubdomainsOrLookalikes() {
        assertTrue(addresses.allows("sales@ACME.example", null));
        assertTrue(addresses.allows("x@team.example", "rita@reps.example"));
        assertFalse(addresses.allows("x@eu.acme.example", null));
        assertFalse(addresses.allows("x@acme.example.evil.example", null));
        assertFalse(addresses.allows("acme.example@evil.example", null));
        assertFalse(addresses.allows(null, null));
    }
}
