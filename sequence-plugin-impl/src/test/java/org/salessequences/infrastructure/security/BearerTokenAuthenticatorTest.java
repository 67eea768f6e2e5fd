package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.api.Permission;
import org.salessequences.application.Caller;

import com.nimbusds.jwt.JWTClaimsSet;

class BearerTokenAuthenticatorTest {

    private final TokenMinter minter = new TokenMinter(TestTokens.SECRET);
    private BearerTokenAuthenticator authenticator;

    @BeforeEach
    void setUp() {
        authenticator = new BearerTokenAuthenticator();
        authenticator.verifier = HostTokenVerifier.hs256(TestTokens.SECRET, Optional.empty(), Optional.empty(),
                Clock.systemUTC());
    }

    @Test
    void readsTheCallerAndTheKnownPermissions() throws InvalidTokenException {
        String token = minter.mint("rep-1", "Rita \"Rep\"", "rita@example.com",
                List.of("sequences.view", "sequences.admin", "host.other"), Instant.now(), Duration.ofMinutes(5));
        Caller caller = authenticator.authenticate("Bearer " + token);
        assertEquals("rep-1", caller.userId());
        assertEquals("Rita \"Rep\"", caller.name());
        assertEquals("rita@example.com", caller.email());
        assertEquals(Set.of(Permission.VIEW, Permission.ADMIN), caller.permissions());
        assertTrue(caller.isAdmin());
    }

    @Test
    void acceptsTheSchemeInAnyCase() throws InvalidTokenException {
        String token = minter.mint("rep-1", null, null, List.of(), Instant.now(), Duration.ofMinutes(5));
        assertFalse(authenticator.authenticate("bearer " + token).isAdmin());
    }

    @Test
    void rejectsAnExpiredToken() {
        String token = minter.mint("rep-1", null, null, List.of("sequences.view"),
                Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(5));
        InvalidTokenException rejected = assertThrows(InvalidTokenException.class,
                () -> authenticator.authenticate("Bearer " + token));
        assertEquals("the token has expired", rejected.getMessage());
    }

    @Test
    void rejectsAMissingOrForeignHeader() {
        assertThrows(InvalidTokenException.class, () -> authenticator.authenticate(null));
        assertThrows(InvalidTokenException.class, () -> authenticator.authenticate("Basic dXNlcjpwYXNz"));
    }

    @Test
    void rejectsATokenWithoutExpiryOrSubject() {
        Instant now = Instant.now();
        assertThrows(InvalidTokenException.class, () -> authenticator.authenticate("Bearer "
                + TestTokens.hs256(TestTokens.claims(now).expirationTime(null).build())));
        InvalidTokenException noSubject = assertThrows(InvalidTokenException.class, () -> authenticator.authenticate(
                "Bearer " + TestTokens.hs256(TestTokens.claims(now).subject(" ").build())));
        assertEquals("the token has no subject", noSubject.getMessage());
        assertThrows(InvalidTokenException.class, () -> authenticator.authenticate("Bearer "
                + TestTokens.forged("{\"alg\":\"HS256\"}", "[1,2]", TestTokens.SECRET)));
    }

    @Test
    void ignoresClaimsOfTheWrongType() throws InvalidTokenException {
        JWTClaimsSet claims = TestTokens.claims(Instant.now()).claim("name", 42)
                .claim("permissions", List.of(7, "sequences.view", "sequences.unknown")).build();
        Caller caller = authenticator.authenticate("Bearer " + TestTokens.hs256(claims));
        assertEquals(null, caller.name());
        assertEquals(Set.of(Permission.VIEW), caller.permissions());
    }
}
