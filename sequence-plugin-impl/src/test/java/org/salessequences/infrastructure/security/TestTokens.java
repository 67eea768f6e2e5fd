package org.salessequences.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Tokens as a host, or an attacker, would make them: signed properly with any algorithm, or forged by hand. */
final class TestTokens {

    static final String SECRET = "host-token-test-secret-0123456789abcdef";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    /** Claims with a subject, valid from a minute ago for an hour. */
    static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().subject("rep-1").issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(3600)));
    }

    static String signed(JWSAlgorithm algorithm, JWSSigner signer, JWTClaimsSet claims) {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    static String hs256(JWTClaimsSet claims) {
        return signed(JWSAlgorithm.HS256, mac(SECRET), claims);
    }

    static MACSigner mac(String secret) {
        try {
            return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSASSASigner rsa(KeyPair keys) {
        return new RSASSASigner(keys.getPrivate());
    }

    static ECDSASigner ec(KeyPair keys) {
        try {
            return new ECDSASigner((ECPrivateKey) keys.getPrivate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token whose header is written by hand, HMAC-SHA256-signed with {@code hmacSecret} ({@code null}: unsigned). */
    static String forged(String headerJson, String claimsJson, String hmacSecret) {
        String input = encode(headerJson) + "." + encode(claimsJson);
        String signature = hmacSecret == null ? "" : BASE64URL.encodeToString(new HmacSha256(hmacSecret).sign(input));
        return input + "." + signature;
    }

    static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static KeyPair rsaKeys(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ecKeys(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PEM an operator would paste into {@code sequences.host.jwt.public-key}. */
    static String pem(KeyPair keys) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
