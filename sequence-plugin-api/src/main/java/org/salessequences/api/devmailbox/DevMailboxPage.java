package org.salessequences.api.devmailbox;

import java.util.List;

/** A page of the demo mailbox, newest first, and how many emails it holds in all. */
public record DevMailboxPage(List<DevMailboxEmail> items, long total) {
}
