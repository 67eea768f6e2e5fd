package org.salessequences.domain.model.mailbox;

import java.util.List;
import java.util.Optional;

/** Reps' mailboxes. Passwords are encrypted on the way in and decrypted on the way out. */
public interface MailboxRepository {

    Optional<Mailbox> find(String ownerId);

    /** Inserts or replaces the rep's mailbox. */
    void save(Mailbox mailbox);

    /** The reps whose inbox is read, in a stable order. */
    List<String> ownersWithImap();
}
