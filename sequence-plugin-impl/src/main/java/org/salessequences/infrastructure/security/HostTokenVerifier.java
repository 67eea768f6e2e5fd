package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;

/**
 * Verifies the host's bearer tokens with Nimbus JOSE+JWT: exactly one algorithm is accepted (HS256 with the shared
 * secret, or RS256 / ES256 by the type of the configured public key), so {@code alg: none} in any spelling, another
 * HMAC size and a public key used as an HMAC secret are all refused. {@code exp} is required; {@code nbf} and
 * {@code iat} are honoured; {@code iss} and {@code aud} are checked when configured. Times are read from the given
 * clock (the real one in production, never the adjustable application clock), with {@link #LEEWAY} for clocks that
 * disagree a little.
 */
public final class HostTokenVerifier {

    /** How far the host's clock may be from ours. */
    public static final Duration LEEWAY = Duration.ofSeconds(60);

    private final JWSAlgorithm algorithm;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    private HostTokenVerifier(JWSAlgorithm algorithm, Key key, Optional<String> issuer, Optional<String> audience,
            Clock clock) {
        this.algorithm = algorithm;
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(algorithm, key));
        processor.setJWTClaimsSetVerifier(new ClaimsVerifier(issuer, audience, clock));
    }

    /** Tokens signed HS256 with {@code secret} (at least {@value SecretStrength#MIN_BYTES} bytes). */
    public static HostTokenVerifier hs256(String secret, Optional<String> issuer, Optional<String> audience,
            Clock clock) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < SecretStrength.MIN_BYTES) {
            throw new IllegalArgumentException("is shorter than the " + SecretStrength.MIN_BYTES
                    + " bytes HS256 needs");
        }
        return new HostTokenVerifier(JWSAlgorithm.HS256, new SecretKeySpec(bytes, "HmacSHA256"), issuer, audience,
                clock);
    }

    /** Tokens signed RS256 when {@code key} is an RSA key, ES256 when it is an EC key on P-256. */
    public static HostTokenVerifier publicKey(PublicKey key, Optional<String> issuer, Optional<String> audience,
            Clock clock) {
        if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("is an RSA key shorter than 2048 bits");
            }
            return new HostTokenVerifier(JWSAlgorithm.RS256, key, issuer, audience, clock);
        }
        if (key instanceof ECPublicKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            return new HostTokenVerifier(JWSAlgorithm.ES256, key, issuer, audience, clock);
        }
        throw new IllegalArgumentException("is neither an RSA key nor an EC key on P-256");
    }

    /** The one algorithm this verifier accepts. */
    public String algorithm() {
        return algorithm.getName();
    }

    /**
     * @return the claims of a token whose signature, algorithm and claims are all acceptable
     * @throws InvalidTokenException saying what was wrong, never repeating the token
     */
    public JWTClaimsSet verify(String token) throws InvalidTokenException {
        SignedJWT jwt;
        try {
            if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
                throw new InvalidTokenException("the token is not signed");
            }
            jwt = signed;
        } catch (ParseException e) {
            throw new InvalidTokenException("the token is not a well-formed JWT");
        }
        // The key selector enforces the algorithm; this only gives the refusal a plain message.
        if (!algorithm.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("the token is not signed with " + algorithm);
        }
        try {
            return processor.process(jwt, null);
        } catch (ExpiredJWTException e) {
            throw new InvalidTokenException("the token has expired");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("the token was rejected: " + e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidTokenException("the token could not be verified");
        }
    }

    @Override
    public String toString() {
        return "HostTokenVerifier[" + algorithm + ", key hidden]";
    }

    /**
     * Nimbus' checks of the required claims, {@code exp} and {@code nbf}, then {@code iss}, {@code aud} and an
     * {@code iat} in the future. Issuer and audience are compared here so that a rejection never tells the caller
     * which values are expected.
     */
    private static final class ClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

        private final Optional<String> issuer;
        private final Optional<String> audience;
        private final Clock clock;

        ClaimsVerifier(Optional<String> issuer, Optional<String> audience, Clock clock) {
            super(null, null, required(issuer, audience), null);
            this.issuer = issuer;
            this.audience = audience;
            this.clock = clock;
            setMaxClockSkew((int) LEEWAY.toSeconds());
        }

        private static Set<String> required(Optional<String> issuer, Optional<String> audience) {
            Set<String> required = new HashSet<>(List.of(JWTClaimNames.EXPIRATION_TIME, JWTClaimNames.SUBJECT));
            issuer.ifPresent(value -> required.add(JWTClaimNames.ISSUER));
            audience.ifPresent(value -> required.add(JWTClaimNames.AUDIENCE));
            return required;
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            if (issuer.isPresent() && !issuer.get().equals(claims.getIssuer())) {
                throw new BadJWTException("its issuer (iss) is not the configured one");
            }
            if (audience.isPresent() && !claims.getAudience().contains(audience.get())) {
                throw new BadJWTException("its audience (aud) does not include the configured one");
            }
            Date issued = claims.getIssueTime();
            if (issued != null && issued.toInstant().isAfter(clock.instant().plus(LEEWAY))) {
                throw new BadJWTException("it was issued in the future (iat)");
            }
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }
}
