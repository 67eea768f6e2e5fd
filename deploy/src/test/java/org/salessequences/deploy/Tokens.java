package org.salessequences.deploy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.salessequences.infrastructure.security.TokenMinter;

/** Host tokens for the test users, signed with the secret the tests' Payara is configured with. */
public final class Tokens {

    public static final String VIEW = "sequences.view";
    public static final String CREATE = "sequences.create";
    public static final String ADMIN = "sequences.admin";

    private Tokens() {
    }

    public static String secret() {
        return System.getProperty("it.jwt.secret");
    }

    public static String forUser(String userId, String... permissions) {
        return new TokenMinter(secret()).mint(userId, userId + " Tester", userId + "@example.com",
                List.of(permissions), Instant.now(), Duration.ofHours(1));
    }

    public static String rep(String userId) {
        return forUser(userId, VIEW, CREATE);
    }

    public static String admin(String userId) {
        return forUser(userId, VIEW, CREATE, ADMIN);
    }

    /** A token that was valid an hour ago and has expired since. */
    public static String expired(String userId) {
        return new TokenMinter(secret()).mint(userId, null, null, List.of(VIEW, CREATE),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }
}
