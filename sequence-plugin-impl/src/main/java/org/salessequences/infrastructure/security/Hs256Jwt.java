package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Compact JWS with HS256: signs a claims JSON and verifies a token's header and signature.
 * Parsing the claims is left to the caller so that this class needs nothing beyond the JDK
 * (the token minting command runs it on a bare classpath).
 */
public final class Hs256Jwt {

    /** The only header this plugin issues; verification accepts any header whose {@code alg} is HS256. */
    private static final String HEADER_JSON = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final HmacSha256 hmac;

    public Hs256Jwt(String secret) {
        this.hmac = new HmacSha256(secret);
    }

    /** Returns the compact serialization of a token carrying {@code claimsJson}. */
    public String sign(String claimsJson) {
        String signingInput = encode(HEADER_JSON) + "." + encode(claimsJson);
        return signingInput + "." + ENCODER.encodeToString(hmac.sign(signingInput));
    }

    /**
     * Verifies the signature and algorithm of a compact token.
     *
     * @return the JSON of the token's claims, not yet checked for expiry
     */
    public String verify(String token) throws InvalidTokenException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("the token is not a compact JWS");
        }
        byte[] signature = decodeOrReject(parts[2]);
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        String header = new String(decodeOrReject(parts[0]), StandardCharsets.UTF_8);
        // "alg":"none" and algorithm confusion are the classic JWT attacks: only HS256 is ever accepted.
        if (!header.replace(" ", "").contains("\"alg\":\"HS256\"")) {
            throw new InvalidTokenException("the token is not signed with HS256");
        }
        if (!hmac.verify(signingInput, signature)) {
            throw new InvalidTokenException("the token's signature does not match");
        }
        return new String(decodeOrReject(parts[1]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decodeOrReject(String part) throws InvalidTokenException {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the token is not base64url");
        }
    }
}
