package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

class TokenMinterTest {

    @Test
    void mintsWhatTheVerifierAcceptsWithEveryClaim() throws Exception {
        Instant now = Instant.now();
        String token = new TokenMinter(TestTokens.SECRET, "https://crm.example", "sales-sequences")
                .mint("rep-1", "Rita \"Rep\"\n", "rita@example.com", List.of("sequences.view"), now,
                        Duration.ofMinutes(5));
        JWTClaimsSet claims = HostTokenVerifier.hs256(TestTokens.SECRET, Optional.of("https://crm.example"),
                Optional.of("sales-sequences"), Clock.systemUTC()).verify(token);
        assertEquals("rep-1", claims.getSubject());
        assertEquals("Rita \"Rep\"\n", claims.getStringClaim("name"));
        assertEquals(List.of("sequences.view"), claims.getStringListClaim("permissions"));
        assertEquals(now.plus(Duration.ofMinutes(5)).getEpochSecond(), claims.getExpirationTime().getTime() / 1000);
    }

    @Test
    void leavesOutTheClaimsItIsNotGiven() throws Exception {
        String token = new TokenMinter(TestTokens.SECRET).mint("rep-1", null, null, List.of(), Instant.now(),
                Duration.ofMinutes(5));
        JWTClaimsSet claims = HostTokenVerifier.hs256(TestTokens.SECRET, Optional.empty(), Optional.empty(),
                Clock.systemUTC()).verify(token);
        assertEquals(null, claims.getClaim("name"));
        assertEquals(null, claims.getIssuer());
        assertEquals(List.of(), claims.getAudience());
    }

    @Test
    void refusesASecretTooShortForHs256() {
        assertThrows(IllegalArgumentException.class, () -> new TokenMinter("0123456789abcdef0123456789abcde"));
    }

    /** run.sh and mint-token.sh sign with the shipped development secret without writing it a second time. */
    @Test
    void readsThePublicDevelopmentSecretFromTheShippedDefaults() {
        assertTrue(TokenMinter.shippedDefault(ConfiguredSecrets.JWT_SECRET)
                .startsWith(SecretStrength.DEVELOPMENT_MARKER));
    }
}
