package org.salessequences.infrastructure.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints HS256 host tokens: used by {@code deploy/mint-token.sh} and {@code deploy/run.sh} for admins and demos, and
 * by the tests. It runs outside the server on the WAR's libraries ({@code WEB-INF/lib}).
 */
public final class TokenMinter {

    private final MACSigner signer;
    private final String issuer;
    private final String audience;

    public TokenMinter(String secret) {
        this(secret, null, null);
    }

    /**
     * @param issuer   the {@code iss} claim, or {@code null} for none
     * @param audience the {@code aud} claim, or {@code null} for none
     * @throws IllegalArgumentException when the secret is shorter than HS256 allows
     */
    public TokenMinter(String secret, String issuer, String audience) {
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("HS256 needs a secret of at least " + SecretStrength.MIN_BYTES
                    + " bytes", e);
        }
        this.issuer = issuer;
        this.audience = audience;
    }

    /**
     * A token for {@code userId} with the given permission claims, valid for {@code ttl} from {@code now}.
     */
    public String mint(String userId, String name, String email, List<String> permissions, Instant now, Duration ttl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(userId).claim("name", name)
                .claim("email", email).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(ttl)))
                .claim("permissions", List.copyOf(permissions)).issuer(issuer)
                .audience(audience == null ? null : Collections.singletonList(audience));
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return token.serialize();
    }

    /**
     * {@code TokenMinter --sub ID [--name N] [--email E] [--permissions a,b] [--ttl-hours H] [--secret S]
     * [--issuer I] [--audience A]}. The secret, issuer and audience default to the plugin's own configuration from
     * the environment ({@code SEQUENCES_HOST_JWT_SECRET}, {@code _ISSUER}, {@code _AUDIENCE}); without a secret
     * there, the token is signed with the public development secret the plugin ships, which only an instance in dev
     * mode accepts. The token alone is printed on standard output.
     */
    public static void main(String[] args) {
        String sub = null;
        String name = null;
        String email = null;
        String secret = System.getenv(ConfiguredSecrets.variable(ConfiguredSecrets.JWT_SECRET));
        String issuer = System.getenv(ConfiguredSecrets.variable(ConfiguredSecrets.ISSUER));
        String audience = System.getenv(ConfiguredSecrets.variable(ConfiguredSecrets.AUDIENCE));
        List<String> permissions = new ArrayList<>(List.of("sequences.view", "sequences.create"));
        long ttlHours = 8;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--sub" -> sub = value;
                case "--name" -> name = value;
                case "--email" -> email = value;
                case "--secret" -> secret = value;
                case "--issuer" -> issuer = value;
                case "--audience" -> audience = value;
                case "--permissions" -> permissions = value.isBlank() ? List.of() : List.of(value.split(","));
                case "--ttl-hours" -> ttlHours = Long.parseLong(value);
                default -> usage("unknown option " + option);
            }
        }
        if (sub == null || sub.isBlank()) {
            usage("--sub is required");
        }
        if (secret == null || secret.isEmpty()) {
            secret = shippedDefault(ConfiguredSecrets.JWT_SECRET);
        }
        try {
            System.out.println(new TokenMinter(secret, blankToNull(issuer), blankToNull(audience)).mint(sub, name,
                    email, permissions, Instant.now(), Duration.ofHours(ttlHours)));
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
    }

    /**
     * The default the plugin's {@code META-INF/microprofile-config.properties} gives {@code key}: read from there so
     * that the public development values are written once.
     */
    static String shippedDefault(String key) {
        try {
            for (URL resource : Collections.list(TokenMinter.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties"))) {
                Properties properties = new Properties();
                try (InputStream in = resource.openStream()) {
                    properties.load(in);
                }
                if (properties.getProperty(key) != null) {
                    return properties.getProperty(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no default for " + key + " on the class path");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void usage(String problem) {
        System.err.println("mint-token: " + problem);
        System.err.println("usage: mint-token --sub USER [--name NAME] [--email EMAIL] "
                + "[--permissions sequences.view,sequences.create,sequences.admin] [--ttl-hours 8] [--secret SECRET] "
                + "[--issuer ISSUER] [--audience AUDIENCE]");
        System.exit(2);
    }
}
