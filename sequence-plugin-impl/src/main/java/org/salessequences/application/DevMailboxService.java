package org.salessequences.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.devmailbox.DevMailboxEmail;
import org.salessequences.api.devmailbox.DevMailboxPage;
import org.salessequences.api.event.EventReceipt;
import org.salessequences.api.event.InboundEvent;
import org.salessequences.domain.model.mailbox.DevMailbox;

/** The demo mailbox: what the built-in sink kept, offered only where mail is sunk. */
@ApplicationScoped
public class DevMailboxService {

    @Inject
    DevMailbox mailbox;
    @Inject
    InboundEventService events;

    /** @throws NotFoundException when mail is sent rather than sunk */
    public DevMailboxPage page(String to, int page, int size) {
        requireActive();
        String address = to == null || to.isBlank() ? null : to;
        return new DevMailboxPage(mailbox.page(address, page, size), mailbox.count(address));
    }

    /** @throws NotFoundException when mail is sent rather than sunk, or no such email was kept */
    public DevMailboxEmail get(String id) {
        requireActive();
        return mailbox.find(id).orElseThrow(() -> new NotFoundException("dev mailbox email", id));
    }

    /**
     * Answers the email as its recipient would, so that the whole loop (send, open, click, reply, exit) can be seen
     * without a mail server: the reply is the inbound event a host reports, applied once however often it is posted.
     */
    public EventReceipt replyAsContact(String id) {
        DevMailboxEmail email = get(id);
        return events.apply(new InboundEvent("dev-mailbox-reply-" + email.id(), "REPLIED", null, email.to(),
                email.messageId(), null, null, null, null));
    }

    private void requireActive() {
        if (!mailbox.active()) {
            // Where mail is sent there is nothing to show: the mailbox does not exist rather than being empty.
            throw new NotFoundException("dev mailbox", "(mail is sent, not sunk)");
        }
    }
}
