package org.salessequences.infrastructure.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.salessequences.log.LogId;

/**
 * The one place that reads the plugin's secrets and the host token settings, checks them, and builds what uses
 * them. Nothing logs a secret's value: messages name keys only.
 *
 * <p>A secret that has its public development default or is shorter than {@value SecretStrength#MIN_BYTES} bytes
 * stops the deployment ({@link LogId#SECRETS_REFUSED}, naming each such key) unless {@code sequences.dev-mode=true},
 * which lets it through with a warning ({@link LogId#DEV_SECRETS_TOLERATED}). A public key that cannot be read, and an
 * HS256 secret shorter than HS256 allows, stop it even in dev mode.
 */
@ApplicationScoped
public class ConfiguredSecrets {

    static final String JWT_SECRET = "sequences.host.jwt.secret";
    static final String WEBHOOK_SECRET = "sequences.webhook.secret";
    static final String TRACKING_SECRET = "sequences.tracking.secret";
    static final String SECRETS_KEY = "sequences.secrets.key";
    static final String PUBLIC_KEY = "sequences.host.jwt.public-key";
    static final String ISSUER = "sequences.host.jwt.issuer";
    static final String AUDIENCE = "sequences.host.jwt.audience";
    static final String DEV_MODE = "sequences.dev-mode";

    private static final Logger LOG = Logger.getLogger(ConfiguredSecrets.class.getName());

    @Inject
    @ConfigProperty(name = DEV_MODE)
    boolean devMode;
    @Inject
    @ConfigProperty(name = JWT_SECRET)
    String jwtSecret;
    @Inject
    @ConfigProperty(name = WEBHOOK_SECRET)
    String webhookSecret;
    @Inject
    @ConfigProperty(name = TRACKING_SECRET)
    String trackingSecret;
    @Inject
    @ConfigProperty(name = SECRETS_KEY)
    String secretsKey;
    @Inject
    @ConfigProperty(name = PUBLIC_KEY)
    Optional<String> publicKey;
    @Inject
    @ConfigProperty(name = ISSUER)
    Optional<String> issuer;
    @Inject
    @ConfigProperty(name = AUDIENCE)
    Optional<String> audience;

    private HostTokenVerifier hostTokens;

    /**
     * Makes the container create this bean, and so run {@link #check()}, while the application deploys: a failing
     * check then fails the deployment itself instead of the first request that needs a secret.
     */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        LOG.fine(() -> "host tokens are verified with " + hostTokens.algorithm());
    }

    /**
     * @throws UnsafeConfigurationException naming every key that must change before the plugin may start
     */
    @PostConstruct
    void check() {
        Map<String, String> weak = weakSecrets();
        Map<String, String> refused = new LinkedHashMap<>(devMode ? Map.of() : weak);
        Map<String, String> tolerated = new LinkedHashMap<>(devMode ? weak : Map.of());
        try {
            hostTokens = publicKey.isPresent()
                    ? HostTokenVerifier.publicKey(PemPublicKey.parse(publicKey.get()), issuer, audience,
                            Clock.systemUTC())
                    : HostTokenVerifier.hs256(jwtSecret, issuer, audience, Clock.systemUTC());
        } catch (IllegalArgumentException unusable) {
            // No dev mode makes these usable: HS256 cannot take a shorter key, nor anything a key it cannot read.
            String key = publicKey.isPresent() ? PUBLIC_KEY : JWT_SECRET;
            tolerated.remove(key);
            refused.putIfAbsent(key, unusable.getMessage());
        }
        if (!tolerated.isEmpty()) {
            LOG.warning(LogId.DEV_SECRETS_TOLERATED + " dev mode (" + DEV_MODE + "=true) accepts " + describe(tolerated)
                    + ": anyone who knows these public values can sign tokens and events for this instance, "
                    + "read its mailbox passwords and forge its links; never use dev mode in production");
        }
        if (!refused.isEmpty()) {
            String message = LogId.SECRETS_REFUSED + " refusing to start: " + describe(refused) + "."
                    + advice(refused.keySet());
            LOG.severe(message);
            throw new UnsafeConfigurationException(message);
        }
    }

    /** The secrets in use that are unfit for production, and why. */
    private Map<String, String> weakSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        if (publicKey.isEmpty()) {
            // With a public key the shared HS256 secret verifies nothing, so it need not be set.
            secrets.put(JWT_SECRET, jwtSecret);
        }
        secrets.put(WEBHOOK_SECRET, webhookSecret);
        secrets.put(TRACKING_SECRET, trackingSecret);
        secrets.put(SECRETS_KEY, secretsKey);
        Map<String, String> weak = new LinkedHashMap<>();
        secrets.forEach((key, value) -> SecretStrength.weakness(value).ifPresent(why -> weak.put(key, why)));
        return weak;
    }

    private String advice(Set<String> refusedKeys) {
        StringBuilder advice = new StringBuilder();
        if (!refusedKeys.equals(Set.of(PUBLIC_KEY))) {
            advice.append(" Set each secret to a random value of at least ").append(SecretStrength.MIN_BYTES)
                    .append(" bytes (for example the output of 'openssl rand -base64 48')");
            if (!devMode) {
                advice.append(", or, on a development machine only, set ").append(DEV_MODE).append("=true (")
                        .append(variable(DEV_MODE)).append("=true) to accept the public development values");
            }
            advice.append('.');
        }
        if (refusedKeys.contains(PUBLIC_KEY)) {
            advice.append(" Set ").append(PUBLIC_KEY).append(" to the host's RSA (2048 bits or more) or EC P-256 "
                    + "public key in PEM form (-----BEGIN PUBLIC KEY-----).");
        }
        return advice.toString();
    }

    private static String describe(Map<String, String> problems) {
        List<String> parts = new ArrayList<>();
        problems.forEach((key, problem) -> parts.add(key + " (" + variable(key) + ") " + problem));
        return String.join("; ", parts);
    }

    /** The environment variable that sets {@code key} (MicroProfile Config's mapping). */
    static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Verifies the host's bearer tokens. */
    @Produces
    @Singleton
    HostTokenVerifier hostTokenVerifier() {
        return hostTokens;
    }

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
