package org.salessequences.infrastructure.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.infrastructure.mail.sink.MailTransportChoice;
import org.salessequences.domain.model.mailbox.MailHostPolicy;
import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.SenderAddresses;

/** Reads {@link MailSettings}, the {@link MailHostPolicy} and the {@link SenderAddresses} from MicroProfile Config. */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    @ConfigProperty(name = "sequences.public.url")
    String publicUrl;
    @Inject
    @ConfigProperty(name = MailTransportChoice.SMTP_HOST)
    Optional<String> smtpHost;
    @Inject
    @ConfigProperty(name = MailTransportChoice.TRANSPORT)
    Optional<String> transport;
    @Inject
    @ConfigProperty(name = "sequences.dev-mode")
    boolean devMode;
    @Inject
    @ConfigProperty(name = "sequences.smtp.port")
    int smtpPort;
    @Inject
    @ConfigProperty(name = "sequences.smtp.username")
    Optional<String> smtpUsername;
    @Inject
    @ConfigProperty(name = "sequences.smtp.password")
    Optional<String> smtpPassword;
    @Inject
    @ConfigProperty(name = "sequences.smtp.starttls")
    boolean smtpStarttls;
    @Inject
    @ConfigProperty(name = "sequences.smtp.from")
    String smtpFrom;
    @Inject
    @ConfigProperty(name = "sequences.smtp.connections-per-mailbox")
    int connectionsPerMailbox;
    @Inject
    @ConfigProperty(name = "sequences.smtp.idle-seconds")
    int idleSeconds;
    // Comma lists read as one string: Payara's MicroProfile Config fails on Optional<List<String>> at run time.
    @Inject
    @ConfigProperty(name = "sequences.mail.allowed-hosts")
    Optional<String> allowedHosts;
    @Inject
    @ConfigProperty(name = "sequences.mail.allowed-from-domains")
    Optional<String> allowedFromDomains;

    @Produces
    @Singleton
    MailSettings mailSettings() {
        MailServer server = new MailServer(smtpHost.filter(host -> !host.isBlank())
                .orElse(MailTransportChoice.DEFAULT_SMTP_HOST), smtpPort, smtpUsername.filter(s -> !s.isBlank()).orElse(null),
                smtpPassword.filter(s -> !s.isEmpty()).orElse(null), smtpStarttls);
        return new MailSettings(publicUrl, server, smtpFrom, Math.max(1, connectionsPerMailbox),
                Duration.ofSeconds(Math.max(1, idleSeconds)));
    }

    @Produces
    @Singleton
    MailTransportChoice mailTransport() {
        return MailTransportChoice.of(transport, devMode, smtpHost);
    }

    /** Where reps' mailboxes may connect; the default mailbox ({@code sequences.smtp.*}) is the admin's and trusted. */
    @Produces
    @Singleton
    MailHostPolicy mailHostPolicy() {
        return MailHostPolicy.of(commaList(allowedHosts));
    }

    @Produces
    @Singleton
    SenderAddresses senderAddresses() {
        return new SenderAddresses(commaList(allowedFromDomains));
    }

    private static List<String> commaList(Optional<String> value) {
        return value.map(text -> List.of(text.split(","))).orElse(List.of());
    }
}
