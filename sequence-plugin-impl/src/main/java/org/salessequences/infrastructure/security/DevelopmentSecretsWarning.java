package org.salessequences.infrastructure.security;

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

    @PostConstruct
    void warn() {
        if (jwtSecret.startsWith(DEVELOPMENT_MARKER)) {
            LOG.warning("SEQ-0003 sequences.host.jwt.secret has its public development default: "
                    + "set SEQUENCES_HOST_JWT_SECRET before hosts connect");
        }
        if (webhookSecret.startsWith(DEVELOPMENT_MARKER)) {
            LOG.warning("SEQ-0003 sequences.webhook.secret has its public development default: "
                    + "set SEQUENCES_WEBHOOK_SECRET before events are sent");
        }
    }
}
