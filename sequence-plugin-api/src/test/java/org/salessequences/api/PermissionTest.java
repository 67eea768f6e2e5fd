package org.salessequences.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void mapsTheContractClaims() {
        assertEquals(Permission.VIEW, Permission.fromClaim("sequences.view"));
        assertEquals(Permission.CREATE, Permission.fromClaim("sequences.create"));
        assertEquals(Permission.ADMIN, Permission.fromClaim("sequences.admin"));
    }

    @Test
    void ignoresClaimsItDoesNotKnow() {
        assertNull(Permission.fromClaim("contacts.delete"));
        assertNull(Permission.fromClaim("SEQUENCES.VIEW"));
        assertNull(Permission.fromClaim(null));
    }
}
