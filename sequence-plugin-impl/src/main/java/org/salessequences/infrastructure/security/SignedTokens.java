package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Short URL-safe tokens that carry a value and its HMAC-SHA256: {@code base64url(value).base64url(mac)}. A
 * purpose is signed along with the value, so a token issued for one use (an open pixel) is worthless for another
 * (an unsubscribe).
 */
public final class SignedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 512;

    private final HmacSha256 hmac;

    public SignedTokens(String secret) {
        this.hmac = new HmacSha256(secret);
    }

    public String sign(String purpose, String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(hmac.sign(purpose + ":" + value));
    }

    /** The value the token carries for this purpose, or empty when it is malformed, altered or for another use. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String value = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            return hmac.verify((purpose + ":" + value).getBytes(StandardCharsets.UTF_8), signature)
                    ? Optional.of(value) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SignedTokens[secret hidden]";
    }
}
