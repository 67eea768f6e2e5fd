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
import org.salessequences.application.mail.InboundMailEffects;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.infrastructure.persistence.jdbc.JdbcInboxSeen;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore;
import org.salessequences.infrastructure.persistence.jdbc.JdbcMailboxPollStore.Position;
import org.salessequences.infrastructure.mail.guard.MailIncidents;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;

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
    private InboundMailEffects effects;
    private JdbcInboxSeen seen;

    protected InboxPoller() {
        // for the CDI proxy
    }

    @Inject
    public InboxPoller(MailboxRepository mailboxes, JdbcMailboxPollStore polls, EmailEventService events,
                       ApplicationClock clock, MailHostPolicy hosts, InboundMailEffects effects, JdbcInboxSeen seen) {
        this.mailboxes = mailboxes;
        this.polls = polls;
        this.events = events;
        this.clock = clock;
        this.hosts = hosts;
        this.effects = effects;
        this.seen = seen;
    }

    /** Polls every rep's inbox once; a failing mailbox is logged and the others are still read. */
    public void pollAll() {
        // Out-of-office pauses end here too: the poll runs every minute on every member, and the resume is one UPDATE.
        effects.resumeDue(clock.now());
        for (String ownerId : mailboxes.ownersWithImap()) {
            try {
                poll(ownerId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, LogId.INBOX_POLL_FAILED + " polling the inbox of " + ownerId + " failed", e);
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
            Position position = ImapInboxReader.read(mailbox.imap(), hosts, polls.position(ownerId),
                    message -> report(ownerId, message));
            polls.advance(ownerId, position.uidValidity(), position.lastUid(), clock.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            // What is kept for the rep is the plugin's short reason; the server's own words go to the log.
            polls.failed(ownerId, LogId.INBOX_POLL_REFUSED + " " + reason(e, ownerId, mailbox.imap()), clock.now());
            return false;
        }
    }

    private static String reason(Exception failure, String ownerId, MailServer server) {
        var refused = MailIncidents.refusal(failure);
        if (refused.isPresent()) {
            LOG.warning(() -> LogId.IMAP_SERVER_NOT_ALLOWED + " the inbox of " + ownerId + " at " + server
                    + " is not allowed: " + refused.get().getMessage());
            return "the mailbox's server is not allowed: " + refused.get().getMessage();
        }
        String reason = failure instanceof AuthenticationFailedException ? "the mail server refused the login"
                : MailIncidents.isConnectionFailure(failure) ? MailIncidents.couldNotConnect(server)
                : "the inbox could not be read";
        return MailIncidents.report(reason, "reading the inbox of " + ownerId, server, failure);
    }

    private void report(String ownerId, MimeMessage message) throws MessagingException, IOException {
        String key = MessageKeys.of(message);
        if (!seen.firstTime(ownerId, key, clock.now())) {
            LOG.finer(() -> LogId.INBOX_MESSAGE_SEEN + " inbox message " + key + " of " + ownerId + " was read before");
            return;
        }
        Instant now = clock.now();
        InboundMail mail = InboundMailClassifier.classify(message,
                now.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        if (mail instanceof InboundMail.Reply reply) {
            boolean matched = events.replied(reply.messageIds(), now);
            LOG.fine(() -> LogId.REPLY_READ + " reply to " + reply.messageIds()
                    + (matched ? " reported" : " matched nothing"));
        } else if (mail instanceof InboundMail.Bounce bounce) {
            boolean matched = effects.bounced(ownerId, bounce.messageId(), bounce.recipient(), bounce.bounceClass(),
                    bounce.status(), bounce.diagnostic(), now);
            LOG.fine(() -> LogId.BOUNCE_READ + " " + bounce.bounceClass() + " bounce of " + bounce.messageId() + " to "
                    + bounce.recipient() + (matched ? " reported" : " matched nothing"));
        } else if (mail instanceof InboundMail.Complaint complaint) {
            effects.complained(ownerId, complaint.messageId(), complaint.recipient(), now);
        } else if (mail instanceof InboundMail.Unsubscribe unsubscribe && unsubscribe.from() != null) {
            events.unsubscribedAddress(null, unsubscribe.from(), now);
        } else if (mail instanceof InboundMail.AutoReply autoReply) {
            boolean paused = effects.outOfOffice(ownerId, autoReply.messageIds(), autoReply.from(),
                    autoReply.returnDate(), now);
            LOG.finer(() -> LogId.AUTO_REPLY_READ + " auto-reply from " + autoReply.from()
                    + (autoReply.returnDate() == null
                    ? " names no return date" : " back on " + autoReply.returnDate()) + (paused ? ": paused" : ""));
        } else if (mail instanceof InboundMail.Ignored ignored) {
            LOG.finer(() -> LogId.INBOX_MESSAGE_IGNORED + " inbox message ignored: " + ignored.reason());
        }
    }
}
