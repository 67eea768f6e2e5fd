package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a constant-time comparison, the one primitive behind tokens, tracking links and webhooks.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /**
     * One initialised Mac per thread: a Mac is not thread-safe, and looking one up and initialising it cost more
     * than signing a tracking link (an email signs several).
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public HmacSha256(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("an HMAC secret must not be empty");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public byte[] sign(byte[] data) {
        // doFinal leaves the Mac ready for the next message with the same key.
        return macs.get().doFinal(data);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    public byte[] sign(String data) {
        return sign(data.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in constant time so that a forger learns nothing from how long a rejection takes. */
    public boolean verify(byte[] data, byte[] signature) {
        return signature != null && MessageDigest.isEqual(sign(data), signature);
    }

    @Override
    public String toString() {
        return "HmacSha256[secret hidden]";
    }
}
