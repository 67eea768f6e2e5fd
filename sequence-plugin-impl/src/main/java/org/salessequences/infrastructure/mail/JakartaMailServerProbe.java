package org.salessequences.infrastructure.mail;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailProtocol;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.MailServerProbe;
import org.salessequences.infrastructure.mail.guard.MailIncidents;
import org.salessequences.infrastructure.mail.inbound.ImapInboxReader;
import org.salessequences.infrastructure.mail.smtp.SmtpConnectionPool;

/**
 * Checks a rep's servers with the very code that sends ({@link SmtpConnectionPool}) and reads replies
 * ({@link ImapInboxReader}), guarded by the {@link MailHostPolicy} like them. The answer is in the plugin's words;
 * what the server said goes to the log under an incident id ({@link MailIncidents}).
 */
@ApplicationScoped
public class JakartaMailServerProbe implements MailServerProbe {

    private MailHostPolicy policy;
    private SmtpConnectionPool smtp;

    protected JakartaMailServerProbe() {
        // for the CDI proxy
    }

    @Inject
    public JakartaMailServerProbe(MailHostPolicy policy) {
        this.policy = policy;
        this.smtp = new SmtpConnectionPool(1, Duration.ZERO, policy);
    }

    @Override
    public Optional<String> problem(MailProtocol protocol, MailServer server) {
        try {
            if (protocol == MailProtocol.SMTP) {
                smtp.connectOnce(server, true);
            } else {
                ImapInboxReader.connectOnce(server, policy);
            }
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of(inWords(protocol, server, e));
        }
    }

    private static String inWords(MailProtocol protocol, MailServer server, MessagingException e) {
        var refused = MailIncidents.refusal(e);
        if (refused.isPresent()) {
            return "this server is not allowed: " + refused.get().getMessage();
        }
        String what = "checking the " + protocol + " server of a mailbox";
        if (e instanceof AuthenticationFailedException) {
            return MailIncidents.report("the mail server refused the login: check the username and password", what,
                    server, e);
        }
        if (MailIncidents.isConnectionFailure(e)) {
            return MailIncidents.report(MailIncidents.couldNotConnect(server), what, server, e);
        }
        if (protocol == MailProtocol.SMTP && server.secure() && String.valueOf(e.getMessage()).contains("STARTTLS")) {
            return MailIncidents.report("the mail server does not offer STARTTLS: turn STARTTLS off, or use port 465",
                    what, server, e);
        }
        return MailIncidents.report("the mail server did not accept the connection", what, server, e);
    }
}
