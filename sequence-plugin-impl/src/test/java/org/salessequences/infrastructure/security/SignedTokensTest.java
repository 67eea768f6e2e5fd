package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private final SignedTokens tokens = new SignedTokens("tracking-secret");

    @Test
    void verifiesItsOwnTokenForTheSamePurpose() {
        String token = tokens.sign("c", "exec-1:3");
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
        assertEquals(Optional.of("exec-1:3"), tokens.verify("c", token));
    }

    @Test
    void refusesAnotherPurposeAnotherSecretAndTampering() {
        String token = tokens.sign("o", "exec-1");
        assertEquals(Optional.empty(), tokens.verify("u", token));
        assertEquals(Optional.empty(), new SignedTokens("other").verify("o", token));
        String forged = tokens.sign("o", "exec-2").substring(0, token.indexOf('.')) + token.substring(token.indexOf('.'));
        assertEquals(Optional.empty(), tokens.verify("o", forged));
        assertEquals(Optional.empty(), tokens.verify("o", token + "x"));
        assertEquals(Optional.empty(), tokens.verify("o", "no-dot"));
        assertEquals(Optional.empty(), tokens.verify("o", "%%%.%%%"));
    }
}
