package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salessequences.api.Permission;
import org.salessequences.application.Caller;

class BearerTokenAuthenticatorTest {

    private static final String SECRET = "authenticator-test-secret";

    private final TokenMinter minter = new TokenMinter(SECRET);
    private BearerTokenAuthenticator authenticator;

    @BeforeEach
    void setUp() {
        authenticator = new BearerTokenAuthenticator();
        authenticator.secret = SECRET;
        authenticator.init();
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
        Hs256Jwt jwt = new Hs256Jwt(SECRET);
        assertThrows(InvalidTokenException.class,
                () -> authenticator.authenticate("Bearer " + jwt.sign("{\"sub\":\"rep-1\"}")));
        long exp = Instant.now().plusSeconds(60).getEpochSecond();
        assertThrows(InvalidTokenException.class,
                () -> authenticator.authenticate("Bearer " + jwt.sign("{\"sub\":\"\",\"exp\":" + exp + "}")));
        assertThrows(InvalidTokenException.class,
                () -> authenticator.authenticate("Bearer " + jwt.sign("[1,2]")));
    }
}
