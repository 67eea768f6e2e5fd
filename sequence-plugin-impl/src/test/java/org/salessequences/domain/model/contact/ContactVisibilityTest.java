package org.salessequences.domain.model.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactVisibilityTest {

    @Test
    void ownerReachesOwnAndUnownedContactsOnly() {
        assertTrue(ContactVisibility.OWNER.reaches("rita", "rita"));
        assertTrue(ContactVisibility.OWNER.reaches("rita", null));
        assertTrue(ContactVisibility.OWNER.reaches("rita", " "));
        assertFalse(ContactVisibility.OWNER.reaches("rita", "bob"));
        assertTrue(ContactVisibility.ALL.reaches("rita", "bob"));
    }

    @Test
    void theSettingIsOwnerOrAll() {
        assertEquals(ContactVisibility.OWNER, ContactVisibility.parse(" Owner "));
        assertEquals(ContactVisibility.ALL, ContactVisibility.parse("all"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ContactVisibility.parse("owners"))
                .getMessage().contains("sequences.contacts.visibility"));
    }
}
