package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether a configured secret may guard a production instance. The public development values shipped in
 * {@code microprofile-config.properties} all begin with {@value #DEVELOPMENT_MARKER}: recognising them by that mark
 * keeps the values themselves written in one place only.
 */
public final class SecretStrength {

    /** The mark of every public development value. */
    static final String DEVELOPMENT_MARKER = "dev-only-";
    /** 256 bits: the key size HS256 requires (RFC 7518, section 3.2), and AES-256's. */
    public static final int MIN_BYTES = 32;

    private SecretStrength() {
    }

    /** Why {@code value} is unfit for production, or empty when it is fit. */
    public static Optional<String> weakness(String value) {
        if (value.startsWith(DEVELOPMENT_MARKER)) {
            return Optional.of("has its public development default");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            return Optional.of("is shorter than " + MIN_BYTES + " bytes");
        }
        return Optional.empty();
    }
}
