package org.salessequences.infrastructure.mail;

import java.util.logging.Logger;

import jakarta.mail.util.StreamProvider;

import org.salessequences.log.LogId;

/**
 * Names the Jakarta Mail {@link StreamProvider} once, in the system property its lookup reads first.
 * <p>
 * Jakarta Mail 2.1 looks the provider up on every body part and multipart it creates and on every part it writes:
 * without the property each lookup is a {@link java.util.ServiceLoader} walk over the web application's class
 * path, which measured about a fifth of the CPU time of sending an email (jakartaee/mail-api#699, #861). With it,
 * the lookup is a class already loaded. The implementation named is whichever one the lookup finds now, so the
 * choice of provider does not change.
 */
final class MailStreamProviderPin {

    private static final Logger LOG = Logger.getLogger(MailStreamProviderPin.class.getName());
    static final String PROPERTY = StreamProvider.class.getName();

    private MailStreamProviderPin() {
    }

    /** Sets the property to the provider found now, unless the administrator set it already. */
    static synchronized void pin() {
        if (System.getProperty(PROPERTY) == null) {
            String provider = StreamProvider.provider().getClass().getName();
            System.setProperty(PROPERTY, provider);
            LOG.fine(() -> LogId.MAIL_STREAM_PROVIDER_PINNED + " Jakarta Mail stream provider pinned to " + provider);
        }
    }
}
