package org.salessequences.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void areVersion7UuidsThatDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Ids.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(7, uuid.version());
            assertEquals(2, uuid.variant());
            assertTrue(seen.add(id), id);
        }
    }

    @Test
    void sortByCreationTime() throws InterruptedException {
        String earlier = Ids.newId();
        Thread.sleep(2);
        String later = Ids.newId();
        assertTrue(earlier.compareTo(later) < 0, earlier + " < " + later);
    }
}
