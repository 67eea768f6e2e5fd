package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher("a-long-random-key");

    @Test
    void roundTripsWithAFreshNonceEachTime() {
        String first = cipher.encrypt("hunter2");
        String second = cipher.encrypt("hunter2");
        assertNotEquals(first, second);
        assertFalse(first.contains("hunter2"));
        assertEquals("hunter2", cipher.decrypt(first));
        assertEquals("hunter2", cipher.decrypt(second));
    }

    @Test
    void refusesAnotherKeyOrATamperedValue() {
        String sealed = cipher.encrypt("hunter2");
        assertThrows(IllegalArgumentException.class, () -> new SecretCipher("other-key").decrypt(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)));
    }
}
