package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks the signature of an inbound event: {@code X-Sequences-Signature: sha256=<hex HMAC-SHA256(secret,
 * timestamp + "." + raw body)>} with {@code X-Sequences-Timestamp} in epoch seconds, at most five minutes from the
 * real clock either way, so that a captured request cannot be replayed later. The real clock, never the
 * adjustable application clock: moving that in a test must not open or close this door.
 */
public final class WebhookSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    private final HmacSha256 hmac;
    private final Clock clock;

    public WebhookSignature(String secret, Clock clock) {
        this.hmac = new HmacSha256(secret);
        this.clock = clock;
    }

    /** Whether the body was signed with the secret at a time close to now. */
    public boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !signature.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > TOLERANCE.toSeconds()) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return hmac.verify(signedBytes(timestamp, body), expected);
    }

    /** The header value for a body, as a host computes it (tests and the documentation's example). */
    public String sign(String timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac.sign(signedBytes(timestamp, body)));
    }

    private static byte[] signedBytes(String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return signed;
    }

    @Override
    public String toString() {
        return "WebhookSignature[secret hidden]";
    }
}
