package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SecretStrengthTest {

    @Test
    void aPublicDevelopmentValueIsWeakWhateverItsLength() {
        assertEquals(Optional.of("has its public development default"),
                SecretStrength.weakness("dev-only-a-long-enough-value-0123456789abcdef"));
    }

    @Test
    void aSecretUnder32BytesIsWeak() {
        assertEquals(Optional.of("is shorter than 32 bytes"),
                SecretStrength.weakness("0123456789abcdef0123456789abcde"));
        assertEquals(Optional.empty(), SecretStrength.weakness("0123456789abcdef0123456789abcdef"));
    }

    @Test
    void countsBytesNotCharacters() {
        // 16 characters, 32 bytes in UTF-8.
        assertEquals(Optional.empty(), SecretStrength.weakness("éééééééééééééééé"));
        assertEquals(Optional.of("is shorter than 32 bytes"),
                SecretStrength.weakness("ééééééééééééééé"));
    }
}
