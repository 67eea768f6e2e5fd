package org.salessequences.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code -----BEGIN PUBLIC KEY-----} PEM block (X.509 SubjectPublicKeyInfo, as {@code openssl pkey -pubout}
 * writes it) with the JDK alone: Nimbus reads PEM only with Bouncy Castle, which the WAR would otherwise not need.
 */
final class PemPublicKey {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private PemPublicKey() {
    }

    /**
     * @throws IllegalArgumentException when the text holds no RSA or EC public key in that form (the message never
     *                                  repeats the text)
     */
    static PublicKey parse(String pem) {
        // Environment variables often carry a PEM on one line, with its line breaks written as \n.
        Matcher block = BLOCK.matcher(pem.replace("\\n", "\n"));
        if (!block.find()) {
            throw new IllegalArgumentException("is not a PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(block.group(1).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not valid base64 inside its PEM block");
        }
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // Not a key of this type: try the next.
            }
        }
        throw new IllegalArgumentException("is neither an RSA nor an EC public key");
    }
}
