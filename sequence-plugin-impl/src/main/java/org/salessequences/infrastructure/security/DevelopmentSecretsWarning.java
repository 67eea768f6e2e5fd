package org.salessequences.infrastructure.security;

import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says loudly at start-up when a secret still has its public development default, without ever logging a
 * secret's value.
 */
@Singleton
@Startup
public class DevelopmentSecretsWarning {

    private static final Logger LOG = Logger.getLogger(DevelopmentSecretsWarning.class.getName());
    private static final String DEVELOPMENT_MARKER = "dev-only-";

    @Inject
    @ConfigProperty(name = "sequences.host.jwt.secret")
    String jwtSecret;
    @Inject
    @ConfigProperty(name = "sequences.webhook.secret")
    String webhookSecret;
    @Inject
    @ConfigProperty(name = "sequences.tracking.secret")
    String trackingSecret;
    @Inject
    @ConfigProperty(name = "sequences.secrets.key")
    String secretsKey;

    @PostConstruct
    void warn() {
        warnIfDevelopment(jwtSecret, "sequences.host.jwt.secret", "before hosts connect");
        warnIfDevelopment(webhookSecret, "sequences.webhook.secret", "before events are sent");
        warnIfDevelopment(trackingSecret, "sequences.tracking.secret", "before emails are sent");
        warnIfDevelopment(secretsKey, "sequences.secrets.key", "before mailbox passwords are stored");
    }

    private static void warnIfDevelopment(String value, String key, String when) {
        if (value.startsWith(DEVELOPMENT_MARKER)) {
            String variable = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            LOG.warning("SEQ-0003 " + key + " has its public development default: set " + variable + " " + when);
        }
    }
}
