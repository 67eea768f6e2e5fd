package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salessequences.infrastructure.security.TestTokens.SECRET;
import static org.salessequences.infrastructure.security.TestTokens.claims;
import static org.salessequences.infrastructure.security.TestTokens.forged;
import static org.salessequences.infrastructure.security.TestTokens.hs256;
import static org.salessequences.infrastructure.security.TestTokens.signed;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;

class HostTokenVerifierTest {

    /** The real time, held still, so that every case is computed from one instant. */
    private static final Instant NOW = Instant.now();
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KeyPair RSA = TestTokens.rsaKeys(2048);
    private static final KeyPair EC = TestTokens.ecKeys("secp256r1");
    /** Valid claims as JSON, for tokens whose header is written by hand. */
    private static final String CLAIMS_JSON = claims(NOW).build().toString();

    private final HostTokenVerifier verifier = HostTokenVerifier.hs256(SECRET, Optional.empty(), Optional.empty(),
            CLOCK);

    @Test
    void acceptsAnHs256TokenSignedWithTheSecret() throws InvalidTokenException {
        assertEquals("rep-1", verifier.verify(hs256(claims(NOW).build())).getSubject());
        assertEquals("HS256", verifier.algorithm());
    }

    @Test
    void rejectsATokenSignedWithAnotherSecret() {
        rejected(verifier, signed(JWSAlgorithm.HS256, TestTokens.mac(SECRET + "-other"), claims(NOW).build()),
                "Invalid signature");
    }

    @Test
    void rejectsAlteredClaims() {
        String[] parts = hs256(claims(NOW).build()).split("\\.");
        String admin = TestTokens.encode(claims(NOW).subject("admin").build().toString());
        rejected(verifier, parts[0] + "." + admin + "." + parts[2], "Invalid signature");
    }

    /** {@code alg: none} however it is spelled, with or without a signature made with the real secret. */
    @ParameterizedTest
    @ValueSource(strings = {"None", "NONE", "nOnE"})
    void rejectsTheNoneAlgorithmInAnySpelling(String none) {
        String header = "{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}";
        rejected(verifier, forged(header, CLAIMS_JSON, null), "not a well-formed JWT");
        rejected(verifier, forged(header, CLAIMS_JSON, SECRET), "not signed with HS256");
    }

    @Test
    void rejectsAnUnsignedToken() {
        rejected(verifier, forged("{\"alg\":\"none\"}", CLAIMS_JSON, null), "the token is not signed");
        rejected(verifier, forged("{\"alg\":\"none\"}", CLAIMS_JSON, SECRET), "not a well-formed JWT");
    }

    @Test
    void rejectsAHeaderWithoutAnAlgorithm() {
        rejected(verifier, forged("{\"typ\":\"JWT\"}", CLAIMS_JSON, SECRET), "not a well-formed JWT");
        rejected(verifier, forged("{\"alg\":null}", CLAIMS_JSON, SECRET), "not a well-formed JWT");
    }

    @Test
    void rejectsAHeaderThatOnlyMentionsHs256() {
        rejected(verifier, forged("{\"alg\":\"none\",\"kid\":\"\\\"alg\\\":\\\"HS256\\\"\"}", CLAIMS_JSON, null),
                "the token is not signed");
        rejected(verifier, forged("{\"alg\":\"hs256\"}", CLAIMS_JSON, SECRET), "not signed with HS256");
    }

    @Test
    void rejectsOtherHmacSizesSignedWithTheSameSecret() {
        String longSecret = SECRET + SECRET;
        HostTokenVerifier verifier = HostTokenVerifier.hs256(longSecret, Optional.empty(), Optional.empty(), CLOCK);
        rejected(verifier, signed(JWSAlgorithm.HS384, TestTokens.mac(longSecret), claims(NOW).build()),
                "not signed with HS256");
        rejected(verifier, signed(JWSAlgorithm.HS512, TestTokens.mac(longSecret), claims(NOW).build()),
                "not signed with HS256");
    }

    @Test
    void rejectsRs256WhenHs256IsConfigured() {
        rejected(verifier, signed(JWSAlgorithm.RS256, TestTokens.rsa(RSA), claims(NOW).build()),
                "not signed with HS256");
    }

    @Test
    void acceptsOnlyRs256WithAnRsaPublicKey() throws InvalidTokenException {
        HostTokenVerifier rs256 = publicKeyVerifier(RSA);
        assertEquals("RS256", rs256.algorithm());
        assertEquals("rep-1", rs256.verify(signed(JWSAlgorithm.RS256, TestTokens.rsa(RSA), claims(NOW).build()))
                .getSubject());
        rejected(rs256, signed(JWSAlgorithm.RS256, TestTokens.rsa(TestTokens.rsaKeys(2048)), claims(NOW).build()),
                "Invalid signature");
        rejected(rs256, signed(JWSAlgorithm.RS512, TestTokens.rsa(RSA), claims(NOW).build()),
                "not signed with RS256");
        rejected(rs256, signed(JWSAlgorithm.PS256, TestTokens.rsa(RSA), claims(NOW).build()),
                "not signed with RS256");
    }

    /** The classic confusion: the attacker knows the public key and uses it as an HMAC secret. */
    @Test
    void rejectsAnHmacTokenKeyedWithThePublicKey() {
        HostTokenVerifier rs256 = publicKeyVerifier(RSA);
        String publicPem = TestTokens.pem(RSA);
        rejected(rs256, signed(JWSAlgorithm.HS256, TestTokens.mac(publicPem), claims(NOW).build()),
                "not signed with RS256");
        rejected(rs256, forged("{\"alg\":\"RS256\"}", CLAIMS_JSON, publicPem), "Invalid signature");
    }

    @Test
    void acceptsOnlyEs256WithAnEcPublicKey() throws InvalidTokenException {
        HostTokenVerifier es256 = publicKeyVerifier(EC);
        assertEquals("ES256", es256.algorithm());
        assertEquals("rep-1", es256.verify(signed(JWSAlgorithm.ES256, TestTokens.ec(EC), claims(NOW).build()))
                .getSubject());
        rejected(es256, signed(JWSAlgorithm.RS256, TestTokens.rsa(RSA), claims(NOW).build()),
                "not signed with ES256");
        rejected(es256, hs256(claims(NOW).build()), "not signed with ES256");
    }

    @Test
    void refusesKeysTooWeakOrOfAnotherCurve() {
        assertThrows(IllegalArgumentException.class, () -> HostTokenVerifier.hs256("0123456789abcdef0123456789abcde",
                Optional.empty(), Optional.empty(), CLOCK), "31 bytes");
        assertThrows(IllegalArgumentException.class, () -> publicKeyVerifier(TestTokens.rsaKeys(1024)));
        assertThrows(IllegalArgumentException.class, () -> publicKeyVerifier(TestTokens.ecKeys("secp384r1")));
    }

    @Test
    void requiresAnExpiry() {
        rejected(verifier, hs256(claims(NOW).expirationTime(null).build()), "missing required claims: [exp]");
    }

    @Test
    void rejectsAnExpiredTokenBeyondTheLeeway() throws InvalidTokenException {
        rejected(verifier, hs256(claims(NOW).expirationTime(Date.from(NOW.minusSeconds(61))).build()),
                "the token has expired");
        verifier.verify(hs256(claims(NOW).expirationTime(Date.from(NOW.minusSeconds(30))).build()));
    }

    @Test
    void rejectsATokenNotYetValid() throws InvalidTokenException {
        rejected(verifier, hs256(claims(NOW).notBeforeTime(Date.from(NOW.plusSeconds(120))).build()),
                "before use time");
        verifier.verify(hs256(claims(NOW).notBeforeTime(Date.from(NOW.plusSeconds(30))).build()));
    }

    @Test
    void rejectsATokenIssuedInTheFuture() throws InvalidTokenException {
        rejected(verifier, hs256(claims(NOW).issueTime(Date.from(NOW.plusSeconds(120))).build()),
                "issued in the future (iat)");
        verifier.verify(hs256(claims(NOW).issueTime(Date.from(NOW.plusSeconds(30))).build()));
    }

    @Test
    void checksTheIssuerWhenOneIsConfigured() throws InvalidTokenException {
        HostTokenVerifier withIssuer = HostTokenVerifier.hs256(SECRET, Optional.of("https://crm.example"),
                Optional.empty(), CLOCK);
        withIssuer.verify(hs256(claims(NOW).issuer("https://crm.example").build()));
        rejected(withIssuer, hs256(claims(NOW).issuer("https://evil.example").build()),
                "its issuer (iss) is not the configured one");
        rejected(withIssuer, hs256(claims(NOW).build()), "missing required claims: [iss]");
        verifier.verify(hs256(claims(NOW).issuer("https://anyone.example").build()));
    }

    @Test
    void checksTheAudienceWhenOneIsConfigured() throws InvalidTokenException {
        HostTokenVerifier withAudience = HostTokenVerifier.hs256(SECRET, Optional.empty(),
                Optional.of("sales-sequences"), CLOCK);
        withAudience.verify(hs256(claims(NOW).audience(List.of("other", "sales-sequences")).build()));
        rejected(withAudience, hs256(claims(NOW).audience("other").build()),
                "its audience (aud) does not include the configured one");
        rejected(withAudience, hs256(claims(NOW).build()), "missing required claims: [aud]");
        verifier.verify(hs256(claims(NOW).audience("other").build()));
    }

    @Test
    void rejectsMalformedTokens() {
        for (String token : List.of("", "only.two", "a.b.c", "***.***.***", CLAIMS_JSON)) {
            rejected(verifier, token, "not a well-formed JWT");
        }
    }

    @Test
    void neverRepeatsTheTokenOrTheKey() {
        String token = signed(JWSAlgorithm.HS256, TestTokens.mac(SECRET + "-other"), claims(NOW).build());
        InvalidTokenException rejected = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertTrue(!rejected.getMessage().contains(token) && !rejected.getMessage().contains(SECRET));
        assertTrue(!verifier.toString().contains(SECRET));
    }

    private static HostTokenVerifier publicKeyVerifier(KeyPair keys) {
        return HostTokenVerifier.publicKey(PemPublicKey.parse(TestTokens.pem(keys)), Optional.empty(),
                Optional.empty(), CLOCK);
    }

    private static void rejected(HostTokenVerifier verifier, String token, String why) {
        InvalidTokenException rejected = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertTrue(rejected.getMessage().contains(why), rejected.getMessage());
    }
}
