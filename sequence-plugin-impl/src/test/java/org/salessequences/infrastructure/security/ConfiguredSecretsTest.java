package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfiguredSecretsTest {

    private static final String STRONG = "a-production-secret-of-more-than-32-bytes-";
    private static final List<String> SECRET_KEYS = List.of(ConfiguredSecrets.JWT_SECRET,
            ConfiguredSecrets.WEBHOOK_SECRET, ConfiguredSecrets.TRACKING_SECRET, ConfiguredSecrets.SECRETS_KEY);

    private final Logger logger = Logger.getLogger(ConfiguredSecrets.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    @Test
    void refusesTheShippedDefaultsNamingEveryKeyButNoValue() {
        ConfiguredSecrets secrets = shippedDefaults();
        UnsafeConfigurationException refused = assertThrows(UnsafeConfigurationException.class, secrets::check);
        assertTrue(refused.getMessage().startsWith("SEQ-0005 refusing to start"), refused.getMessage());
        for (String key : SECRET_KEYS) {
            assertTrue(refused.getMessage().contains(key + " (" + ConfiguredSecrets.variable(key)
                    + ") has its public development default"), refused.getMessage());
            assertFalse(refused.getMessage().contains(TokenMinter.shippedDefault(key)), "a value was given away");
        }
        assertTrue(refused.getMessage().contains("sequences.dev-mode=true"), refused.getMessage());
        assertEquals(List.of(refused.getMessage()), logged.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void refusesASecretShorterThan32BytesNamingOnlyIt() {
        ConfiguredSecrets secrets = strong();
        secrets.trackingSecret = "0123456789abcdef0123456789abcde";
        UnsafeConfigurationException refused = assertThrows(UnsafeConfigurationException.class, secrets::check);
        assertTrue(refused.getMessage().contains("sequences.tracking.secret (SEQUENCES_TRACKING_SECRET) is shorter "
                + "than 32 bytes"), refused.getMessage());
        for (String other : List.of(ConfiguredSecrets.JWT_SECRET, ConfiguredSecrets.WEBHOOK_SECRET,
                ConfiguredSecrets.SECRETS_KEY)) {
            assertFalse(refused.getMessage().contains(other), refused.getMessage());
        }
    }

    @Test
    void startsWithStrongSecretsAndSaysNothing() throws InvalidTokenException {
        ConfiguredSecrets secrets = strong();
        secrets.check();
        assertEquals(List.of(), logged);
        assertEquals("rep-1", secrets.hostTokenVerifier().verify(new TokenMinter(secrets.jwtSecret).mint("rep-1",
                null, null, List.of(), java.time.Instant.now(), java.time.Duration.ofMinutes(1))).getSubject());
    }

    @Test
    void devModeAcceptsTheShippedDefaultsWithAWarning() {
        ConfiguredSecrets secrets = shippedDefaults();
        secrets.devMode = true;
        secrets.check();
        assertEquals(1, logged.size());
        String warning = logged.get(0).getMessage();
        assertTrue(warning.startsWith("SEQ-0003 dev mode"), warning);
        SECRET_KEYS.forEach(key -> assertTrue(warning.contains(key), warning));
        assertEquals("HS256", secrets.hostTokenVerifier().algorithm());
    }

    @Test
    void evenDevModeRefusesAnHs256SecretTooShortForHs256() {
        ConfiguredSecrets secrets = shippedDefaults();
        secrets.devMode = true;
        secrets.jwtSecret = "short";
        UnsafeConfigurationException refused = assertThrows(UnsafeConfigurationException.class, secrets::check);
        assertTrue(refused.getMessage().contains("sequences.host.jwt.secret (SEQUENCES_HOST_JWT_SECRET) is shorter "
                + "than the 32 bytes HS256 needs."), refused.getMessage());
        assertFalse(refused.getMessage().contains(ConfiguredSecrets.WEBHOOK_SECRET), refused.getMessage());
        assertFalse(refused.getMessage().contains(ConfiguredSecrets.DEV_MODE + "=true"), "dev mode is on already");
    }

    @Test
    void aPublicKeyReplacesTheSharedSecret() {
        ConfiguredSecrets secrets = strong();
        secrets.jwtSecret = TokenMinter.shippedDefault(ConfiguredSecrets.JWT_SECRET);
        secrets.publicKey = Optional.of(TestTokens.pem(TestTokens.ecKeys("secp256r1")));
        secrets.check();
        assertEquals("ES256", secrets.hostTokenVerifier().algorithm());
    }

    @Test
    void refusesAPublicKeyItCannotUseEvenInDevMode() {
        ConfiguredSecrets secrets = strong();
        secrets.devMode = true;
        secrets.publicKey = Optional.of("-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----");
        UnsafeConfigurationException refused = assertThrows(UnsafeConfigurationException.class, secrets::check);
        assertTrue(refused.getMessage().contains("sequences.host.jwt.public-key (SEQUENCES_HOST_JWT_PUBLIC_KEY) is "
                + "neither an RSA nor an EC public key. Set sequences.host.jwt.public-key to"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Set each secret"), refused.getMessage());
    }

    private static ConfiguredSecrets shippedDefaults() {
        ConfiguredSecrets secrets = new ConfiguredSecrets();
        secrets.jwtSecret = TokenMinter.shippedDefault(ConfiguredSecrets.JWT_SECRET);
        secrets.webhookSecret = TokenMinter.shippedDefault(ConfiguredSecrets.WEBHOOK_SECRET);
        secrets.trackingSecret = TokenMinter.shippedDefault(ConfiguredSecrets.TRACKING_SECRET);
        secrets.secretsKey = TokenMinter.shippedDefault(ConfiguredSecrets.SECRETS_KEY);
        secrets.publicKey = Optional.empty();
        secrets.issuer = Optional.empty();
        secrets.audience = Optional.empty();
        return secrets;
    }

    private static ConfiguredSecrets strong() {
        ConfiguredSecrets secrets = shippedDefaults();
        secrets.jwtSecret = STRONG + "jwt";
        secrets.webhookSecret = STRONG + "webhook";
        secrets.trackingSecret = STRONG + "tracking";
        secrets.secretsKey = STRONG + "key";
        return secrets;
    }
}
