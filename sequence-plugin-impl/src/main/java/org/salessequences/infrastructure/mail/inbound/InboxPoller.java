package org.salessequences.infrastructure.mail.inbound;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.salessequences.application.mail.EmailEventService;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore.Position;
import org.salessequences.infrastructure.mail.guard.MailIncidents;
import org.salessequences.infrastructure.time.ApplicationClock;

/**
 * Reads each rep's inbox for replies and bounces and reports them. A mailbox is claimed first, so one cluster
 * member reads it at a time; where reading got is stored, so each message is looked at once. Runs outside a
 * transaction: each report is a transaction of its own in the event service.
 */
@ApplicationScoped
public class InboxPoller {

    private static final Logger LOG = Logger.getLogger(InboxPoller.class.getName());
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private MailboxRepository mailboxes;
    private JdbcMailboxPollStore polls;
    private EmailEventService events;
    private ApplicationClock clock;
    private MailHostPolicy hosts;

    protected InboxPoller() {
        // for the CDI proxy
    }

    @Inject
    public InboxPoller(MailboxRepository mailboxes, JdbcMailboxPollStore polls, EmailEventService events,
                       ApplicationClock clock, MailHostPolicy hosts) {
        this.mailboxes = mailboxes;
        this.polls = polls;
        this.events = events;
        this.clock = clock;
        this.hosts = hosts;
    }

    /** Polls every rep's inbox once; a failing mailbox is logged and the others are still read. */
    public void pollAll() {
        for (String ownerId : mailboxes.ownersWithImap()) {
            try {
                poll(ownerId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SEQ-0652 polling the inbox of " + ownerId + " failed", e);
            }
        }
    }

    /** @return whether this member read the inbox (false when another holds it, or it has no IMAP settings) */
    public boolean poll(String ownerId) {
        Mailbox mailbox = mailboxes.find(ownerId).orElse(null);
        if (mailbox == null || mailbox.imap() == null) {
            return false;
        }
        Instant now = Instant.now();
        if (!polls.claim(ownerId, NODE, now, now.plus(CLAIM))) {
            return false;
        }
        try {
            Position position = ImapInboxReader.read(mailbox.imap(), hosts, polls.position(ownerId), this::report);
            polls.advance(ownerId, position.uidValidity(), position.lastUid(), clock.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            // What is kept for the rep is the plugin's short reason; the server's own words go to the log.
            polls.failed(ownerId, "SEQ-0650 " + reason(e, ownerId, mailbox.imap()), clock.now());
            return false;
        }
    }

    private static String reason(Exception failure, String ownerId, MailServer server) {
        var refused = MailIncidents.refusal(failure);
        if (refused.isPresent()) {
            LOG.warning(() -> "SEQ-0672 the inbox of " + ownerId + " at " + server + " is not allowed: "
                    + refused.get().getMessage());
            return "the mailbox's server is not allowed: " + refused.get().getMessage();
        }
        String reason = failure instanceof AuthenticationFailedException ? "the mail server refused the login"
                : MailIncidents.isConnectionFailure(failure) ? MailIncidents.couldNotConnect(server)
                : "the inbox could not be read";
        return MailIncidents.report(reason, "reading the inbox of " + ownerId, server, failure);
    }

    private void report(MimeMessage message) throws MessagingException, IOException {
        InboundMail mail = InboundMailClassifier.classify(message);
        if (mail instanceof InboundMail.Reply reply) {
            boolean matched = events.replied(reply.messageIds(), clock.now());
            LOG.fine(() -> "SEQ-0653 reply to " + reply.messageIds() + (matched ? " reported" : " matched nothing"));
        } else if (mail instanceof InboundMail.Bounce bounce) {
            boolean matched = events.bounced(bounce.messageId(), bounce.diagnostic(), clock.now());
            LOG.fine(() -> "SEQ-0654 bounce of " + bounce.messageId() + (matched ? " reported" : " matched nothing"));
        } else if (mail instanceof InboundMail.Ignored ignored) {
            LOG.finer(() -> "SEQ-0655 inbox message ignored: " + ignored.reason());
        }
    }
}
