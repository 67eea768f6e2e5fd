package org.salessequences.infrastructure.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's id survives a restart, so that the member recognises its own unfinished work at once. */
class NodeIdentityTest {

    @TempDir
    Path dataDir;

    @Test
    void aMemberWithoutAConfiguredNameKeepsTheIdItMadeOnItsFirstStart() {
        String first = NodeIdentity.kept(dataDir);
        String second = NodeIdentity.kept(dataDir);

        assertEquals(first, second);
        assertTrue(Files.exists(dataDir.resolve(NodeIdentity.ID_FILE)));
        assertNotEquals(first, NodeIdentity.kept(dataDir.resolve("other-member")), "another data directory, another id");
    }

    @Test
    void theConfiguredNameIsTheIdAsItIs() {
        NodeIdentity identity = new NodeIdentity();
        identity.configuredName = Optional.of(" member-a ");
        identity.name();

        assertEquals("member-a", identity.id());
        assertFalse(identity.startedAt().isAfter(java.time.Instant.now()));
    }

    @Test
    void aDirectoryThatCannotBeWrittenGivesAFreshIdForThisStart() throws IOException {
        Path notADirectory = Files.writeString(dataDir.resolve("a-file"), "x");

        String id = NodeIdentity.kept(notADirectory);

        assertFalse(id.isBlank());
        assertNotEquals(id, NodeIdentity.kept(notADirectory));
    }
}
