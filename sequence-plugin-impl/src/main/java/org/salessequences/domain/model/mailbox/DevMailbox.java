package org.salessequences.domain.model.mailbox;

import java.util.List;
import java.util.Optional;

import org.salessequences.api.devmailbox.DevMailboxEmail;

/**
 * The emails the built-in mail sink kept instead of sending them ({@code sequences.mail.transport=sink}), newest
 * first, optionally only those to one address.
 */
public interface DevMailbox {

    /** Whether this installation sinks its mail; when not, the dev mailbox is empty and not offered. */
    boolean active();

    List<DevMailboxEmail> page(String to, int page, int size);

    long count(String to);

    Optional<DevMailboxEmail> find(String id);
}
