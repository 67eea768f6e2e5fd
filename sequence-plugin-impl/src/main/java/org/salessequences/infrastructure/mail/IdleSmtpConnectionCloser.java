package org.salessequences.infrastructure.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;


/** Closes SMTP connections nobody used for a while, so that servers do not have to time them out. */
@Singleton
public class IdleSmtpConnectionCloser {

    @Inject
    SmtpEmailChannel channel;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void closeIdle() {
        channel.closeIdleConnections();
    }
}
