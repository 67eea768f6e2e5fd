package org.salessequences.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salessequences.api.Permission;

class CallerTest {

    @Test
    void aRepSeesOnlyTheirOwn() {
        Caller rep = new Caller("rep-a", null, null, Set.of(Permission.VIEW, Permission.CREATE));
        assertTrue(rep.canSee("rep-a"));
        assertFalse(rep.canSee("rep-b"));
    }

    @Test
    void anAdminSeesEveryone() {
        Caller admin = new Caller("admin", null, null, Set.of(Permission.ADMIN));
        assertTrue(admin.canSee("rep-b"));
    }
}
