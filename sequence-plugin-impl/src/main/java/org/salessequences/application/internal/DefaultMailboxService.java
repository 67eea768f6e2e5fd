package org.salessequences.application.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;

import org.salessequences.api.me.ImapServer;
import org.salessequences.api.me.MailboxCheck;
import org.salessequences.api.me.MailboxFailing;
import org.salessequences.api.me.MailboxLimits;
import org.salessequences.api.me.MailboxSettings;
import org.salessequences.api.me.MailboxTestEmail;
import org.salessequences.api.me.MailboxView;
import org.salessequences.api.me.SmtpServer;
import org.salessequences.application.Caller;
import org.salessequences.application.MailboxService;
import org.salessequences.application.NotFoundException;
import org.salessequences.application.mail.EmailChannel;
import org.salessequences.application.mail.EmailPreview;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailProtocol;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.MailServerProbe;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.MailboxHealth;
import org.salessequences.domain.model.mailbox.MailboxLimitsStore;
import org.salessequences.domain.model.mailbox.MailboxRepository;
import org.salessequences.domain.model.mailbox.SendLimits;
import org.salessequences.log.LogId;

@ApplicationScoped
@Transactional
public class DefaultMailboxService implements MailboxService {

    private static final Logger LOG = Logger.getLogger(DefaultMailboxService.class.getName());
    private static final int MAX_NAME = 200;
    private static final int MAX_SIGNATURE = 10_000;
    private static final int MAX_HOST = 255;
    private static final int MAX_LOGIN = 320;
    private static final int MAX_PASSWORD = 500;

    private MailboxRepository mailboxes;
    private Clock clock;
    private MailHostPolicy hosts;
    @Inject
    MailboxLimitsStore limitsStore;
    @Inject
    MailboxHealth health;
    @Inject
    MailServerProbe probe;
    @Inject
    EmailChannel emailChannel;

    protected DefaultMailboxService() {
        // for the CDI proxy
    }

    @Inject
    public DefaultMailboxService(MailboxRepository mailboxes, Clock clock, MailHostPolicy hosts) {
        this.mailboxes = mailboxes;
        this.clock = clock;
        this.hosts = hosts;
    }

    @Override
    public MailboxView get(Caller caller) {
        Mailbox mailbox = stored(caller);
        return view(mailbox, storedLimits(caller.userId()), failing(mailbox));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MailboxCheck check(Caller caller) {
        Mailbox mailbox = stored(caller);
        return new MailboxCheck(check(MailProtocol.SMTP, mailbox.smtp()), check(MailProtocol.IMAP, mailbox.imap()));
    }

    private MailboxCheck.ServerCheck check(MailProtocol protocol, MailServer server) {
        if (server == null) {
            return null;
        }
        return probe.problem(protocol, server).map(problem -> new MailboxCheck.ServerCheck(false, problem))
                .orElse(new MailboxCheck.ServerCheck(true, null));
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public MailboxTestEmail sendTestEmail(Caller caller) {
        Mailbox mailbox = stored(caller);
        String to = caller.email() == null || caller.email().isBlank() ? mailbox.fromAddress() : caller.email();
        String subject = "Your mailbox works";
        String via = mailbox.smtp() == null ? "the plugin's default mailbox" : mailbox.smtp().host();
        String sent = emailChannel.sendTest(caller.userId(), to, new EmailPreview(subject,
                "<p>This test email went out through " + escape(via) + ", as your sequences' emails will.</p>",
                "This test email went out through " + via + ", as your sequences' emails will."));
        LOG.info(() -> LogId.TEST_EMAIL_SENT + " test email of the mailbox of " + caller.userId() + " sent to " + to);
        return new MailboxTestEmail(to, sent);
    }

    private Mailbox stored(Caller caller) {
        return mailboxes.find(caller.userId()).orElseThrow(() -> new NotFoundException("mailbox of", caller.userId()));
    }

    /** Flagged only while the rep's own server is what fails: with no server of their own, the default sends. */
    private MailboxFailing failing(Mailbox mailbox) {
        if (mailbox.smtp() == null || health == null) {
            return null;
        }
        return health.failures(mailbox.ownerId()).filter(MailboxHealth.Failures::keepsFailing)
                .map(f -> new MailboxFailing(f.count(), f.since().toString(), f.lastError())).orElse(null);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public MailboxView put(Caller caller, MailboxSettings settings) {
        Violations violations = new Violations();
        if (settings == null) {
            violations.add("", "a mailbox is required");
            violations.throwIfAny();
        }
        Mailbox stored = mailboxes.find(caller.userId()).orElse(null);
        String fromAddress = address(violations, "fromAddress", settings.fromAddress());
        text(violations, "fromName", settings.fromName(), MAX_NAME);
        text(violations, "signature", settings.signature(), MAX_SIGNATURE);
        SmtpServer smtp = settings.smtp();
        MailServer smtpServer = smtp == null ? null : server(violations, MailProtocol.SMTP, smtp.host(), smtp.port(),
                smtp.username(), smtp.password(), Boolean.TRUE.equals(smtp.starttls()), false,
                stored == null ? null : stored.smtp());
        ImapServer imap = settings.imap();
        MailServer imapServer = imap == null ? null : server(violations, MailProtocol.IMAP, imap.host(), imap.port(),
                imap.username(), imap.password(), imap.ssl() == null || imap.ssl(), true,
                stored == null ? null : stored.imap());
        SendLimits limits = limits(violations, settings.limits());
        violations.throwIfAny();
        Mailbox mailbox = new Mailbox(caller.userId(), blankToNull(settings.fromName()), fromAddress,
                blankToNull(settings.signature()), smtpServer, imapServer, clock.instant());
        mailboxes.save(mailbox);
        if (limits != null) {
            limitsStore.save(caller.userId(), limits);
        }
        LOG.info(() -> LogId.MAILBOX_SAVED + " mailbox of " + caller.userId() + " saved: smtp " + mailbox.smtp()
                + ", imap " + mailbox.imap());
        return view(mailbox, limits != null ? limits : storedLimits(caller.userId()), failing(mailbox));
    }

    /** The limits asked for; {@code null} (left out) keeps the stored ones, as a left-out password does. */
    private static SendLimits limits(Violations violations, MailboxLimits limits) {
        if (limits == null) {
            return null;
        }
        Integer perHour = limits.perHour();
        if (perHour != null && (perHour < 1 || perHour > SendLimits.MAX_PER_HOUR)) {
            violations.add("limits.perHour", "must be between 1 and " + SendLimits.MAX_PER_HOUR + ", or null for none");
        }
        Integer spacing = limits.minSecondsBetween();
        if (spacing != null && (spacing < 0 || spacing > SendLimits.MAX_SECONDS_BETWEEN)) {
            violations.add("limits.minSecondsBetween", "must be between 0 and " + SendLimits.MAX_SECONDS_BETWEEN
                    + " seconds, or null for none");
        }
        return new SendLimits(perHour, spacing);
    }

    private SendLimits storedLimits(String ownerId) {
        return limitsStore == null ? SendLimits.NONE
                : limitsStore.of(List.of(ownerId)).getOrDefault(ownerId, SendLimits.NONE);
    }

    private MailServer server(Violations violations, MailProtocol protocol, String host, Integer port,
                              String username, String password, boolean secure, boolean loginRequired,
                              MailServer stored) {
        String path = protocol.name().toLowerCase(Locale.ROOT);
        String cleanHost = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        boolean hostValid = false;
        if (cleanHost.isEmpty()) {
            violations.add(Violations.path(path, "host"), "a host is required");
        } else if (cleanHost.length() > MAX_HOST || !cleanHost.matches("[a-z0-9.:\\[\\]-]+")) {
            violations.add(Violations.path(path, "host"), "not a host name");
        } else {
            hostValid = true;
        }
        if (port == null || port < 1 || port > 65_535) {
            violations.add(Violations.path(path, "port"), "a port from 1 to 65535 is required");
        } else if (hostValid) {
            hosts.refusal(protocol, cleanHost, port).ifPresent(refusal -> violations.add(Violations.path(path,
                    refusal.field() == MailHostPolicy.Field.HOST ? "host" : "port"), refusal.reason()));
        }
        String login = blankToNull(username);
        if (login == null && loginRequired) {
            violations.add(Violations.path(path, "username"), "a username is required");
        } else if (login != null && login.length() > MAX_LOGIN) {
            violations.add(Violations.path(path, "username"), "at most " + MAX_LOGIN + " characters");
        }
        String secret = password == null || password.isEmpty() ? null : password;
        if (secret != null && secret.length() > MAX_PASSWORD) {
            violations.add(Violations.path(path, "password"), "at most " + MAX_PASSWORD + " characters");
        }
        if (secret == null && stored != null && stored.hasPassword() && port != null
                && stored.sameServerAndLogin(cleanHost, port, login, secure)) {
            // Kept only for the same server, login and TLS mode: otherwise a stolen session could send the stored
            // password to a server of its choice, or have it sent in the clear.
            secret = stored.password();
        }
        if (secret == null && login != null) {
            violations.add(Violations.path(path, "password"), stored != null && stored.hasPassword()
                    ? "the password must be given again when the host, port, username or TLS setting changes"
                    : "a password is required with a username");
        }
        return violations.isEmpty() ? new MailServer(cleanHost, port, login, secret, secure) : null;
    }

    private static String address(Violations violations, String path, String value) {
        if (value == null || value.isBlank()) {
            violations.add(path, "an email address is required");
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(value.strip(), true);
            if (address.getAddress().indexOf('@') < 1 || address.getPersonal() != null) {
                violations.add(path, "not a plain email address");
                return null;
            }
            return address.getAddress();
        } catch (AddressException e) {
            violations.add(path, "not an email address");
            return null;
        }
    }

    private static void text(Violations violations, String path, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(path, "at most " + max + " characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static MailboxView view(Mailbox mailbox, SendLimits limits, MailboxFailing failing) {
        MailServer smtp = mailbox.smtp();
        MailServer imap = mailbox.imap();
        return new MailboxView(mailbox.fromName(), mailbox.fromAddress(), mailbox.signature(),
                smtp == null ? null : new MailboxView.Server(smtp.host(), smtp.port(), smtp.username(),
                        smtp.hasPassword(), smtp.secure(), null),
                imap == null ? null : new MailboxView.Server(imap.host(), imap.port(), imap.username(),
                        imap.hasPassword(), null, imap.secure()),
                mailbox.updatedAt().toString(), new MailboxLimits(limits.perHour(), limits.minSecondsBetween()),
                failing);
    }
}
