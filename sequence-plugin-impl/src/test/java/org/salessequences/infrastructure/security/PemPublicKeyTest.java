package org.salessequences.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;

import org.junit.jupiter.api.Test;

class PemPublicKeyTest {

    @Test
    void readsRsaAndEcKeys() {
        KeyPair rsa = TestTokens.rsaKeys(2048);
        KeyPair ec = TestTokens.ecKeys("secp256r1");
        assertArrayEquals(rsa.getPublic().getEncoded(), PemPublicKey.parse(TestTokens.pem(rsa)).getEncoded());
        assertEquals("EC", PemPublicKey.parse(TestTokens.pem(ec)).getAlgorithm());
    }

    @Test
    void readsAPemWrittenOnOneLineWithEscapedLineBreaks() {
        KeyPair ec = TestTokens.ecKeys("secp256r1");
        String oneLine = TestTokens.pem(ec).replace("\n", "\\n");
        assertArrayEquals(ec.getPublic().getEncoded(), PemPublicKey.parse(oneLine).getEncoded());
    }

    @Test
    void refusesWhatIsNotAPublicKeyWithoutRepeatingIt() {
        IllegalArgumentException notPem = assertThrows(IllegalArgumentException.class,
                () -> PemPublicKey.parse("secret-looking text"));
        assertEquals("is not a PEM public key (-----BEGIN PUBLIC KEY-----)", notPem.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PemPublicKey.parse(
                "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----"));
    }
}
