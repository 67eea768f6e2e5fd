package org.salessequences.infrastructure.mail.inbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls reps' inboxes every {@code sequences.imap.poll-seconds} (0 turns it off). The singleton's write lock
 * keeps one poll at a time on a member; a poll that runs long delays the next one instead of overlapping it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class MailboxPollingSchedule {

    @Resource
    TimerService timers;
    @Inject
    @ConfigProperty(name = "sequences.imap.poll-seconds")
    int pollSeconds;
    @Inject
    InboxPoller poller;

    @PostConstruct
    void schedule() {
        if (pollSeconds > 0) {
            long interval = pollSeconds * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("inbox polling", false));
        }
    }

    @Timeout
    void poll() {
        poller.pollAll();
    }
}
