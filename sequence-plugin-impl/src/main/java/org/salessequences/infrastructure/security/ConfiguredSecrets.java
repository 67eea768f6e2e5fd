package org.salessequences.infrastructure.security;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The keys of the email channel and of inbound events, from configuration: one place reads them, nothing logs them. */
@ApplicationScoped
public class ConfiguredSecrets {

    @Inject
    @ConfigProperty(name = "sequences.secrets.key")
    String secretsKey;
    @Inject
    @ConfigProperty(name = "sequences.tracking.secret")
    String trackingSecret;
    @Inject
    @ConfigProperty(name = "sequences.webhook.secret")
    String webhookSecret;

    /** Encrypts mailbox passwords at rest. */
    @Produces
    @Singleton
    SecretCipher secretCipher() {
        return new SecretCipher(secretsKey);
    }

    /** Signs the open, click and unsubscribe tokens of sent emails. */
    @Produces
    @Singleton
    SignedTokens trackingTokens() {
        return new SignedTokens(trackingSecret);
    }

    /** Verifies inbound events against the real clock. */
    @Produces
    @Singleton
    WebhookSignature webhookSignature() {
        return new WebhookSignature(webhookSecret, Clock.systemUTC());
    }
}
