package org.salessequences.infrastructure.mail.inbound;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.salessequences.infrastructure.concurrent.PeriodicWork;

/**
 * Polls reps' inboxes every {@code sequences.imap.poll-seconds} (0 turns it off), one poll at a time on a member: a
 * poll that runs long delays the next one instead of overlapping it.
 */
@ApplicationScoped
public class MailboxPollingSchedule {

    @Inject
    @ConfigProperty(name = "sequences.imap.poll-seconds")
    int pollSeconds;
    @Inject
    InboxPoller poller;
    @Inject
    PeriodicWork periodic;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (pollSeconds > 0) {
            Duration interval = Duration.ofSeconds(pollSeconds);
            periodic.every("the inbox polls", interval, interval, poller::pollAll);
        }
    }
}
