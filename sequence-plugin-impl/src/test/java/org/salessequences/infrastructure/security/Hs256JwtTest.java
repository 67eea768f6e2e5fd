package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class Hs256JwtTest {

    private final Hs256Jwt jwt = new Hs256Jwt("a-test-secret");

    @Test
    void verifiesWhatItSigned() throws InvalidTokenException {
        String claims = "{\"sub\":\"alice\",\"exp\":1}";
        assertEquals(claims, jwt.verify(jwt.sign(claims)));
    }

    @Test
    void rejectsATokenSignedWithAnotherSecret() {
        String token = new Hs256Jwt("another-secret").sign("{\"sub\":\"alice\"}");
        assertThrows(InvalidTokenException.class, () -> jwt.verify(token));
    }

    @Test
    void rejectsAlteredClaims() {
        String token = jwt.sign("{\"sub\":\"alice\"}");
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidTokenException.class, () -> jwt.verify(parts[0] + "." + forgedClaims + "." + parts[2]));
    }

    @Test
    void rejectsTheNoneAlgorithm() {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString("{\"sub\":\"alice\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidTokenException.class, () -> jwt.verify(header + "." + claims + "."));
    }

    @Test
    void rejectsMalformedTokens() {
        assertThrows(InvalidTokenException.class, () -> jwt.verify("only.two"));
        assertThrows(InvalidTokenException.class, () -> jwt.verify("a.b.c"));
        assertThrows(InvalidTokenException.class, () -> jwt.verify("***.***.***"));
    }
}
