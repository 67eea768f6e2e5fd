package org.salessequences.infrastructure.security;

import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.api.Permission;
import org.salessequences.application.Caller;
import org.salessequences.infrastructure.json.JsonTrees;

/**
 * Turns the {@code Authorization} header of a request into a {@link Caller}, or rejects it.
 * Expiry is checked against the real wall clock, never the adjustable application clock, so moving the
 * clock in a test cannot make a token valid or invalid.
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

    private static final String BEARER = "Bearer ";

    @Inject
    @ConfigProperty(name = "sequences.host.jwt.secret")
    String secret;

    private Hs256Jwt jwt;

    @PostConstruct
    void init() {
        jwt = new Hs256Jwt(secret);
    }

    /**
     * @param authorization the {@code Authorization} header, may be {@code null}
     * @return the caller the token names
     * @throws InvalidTokenException when the header carries no valid, unexpired HS256 token with a subject
     */
    public Caller authenticate(String authorization) throws InvalidTokenException {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("a bearer token is required");
        }
        JsonObject claims = parse(jwt.verify(authorization.substring(BEARER.length()).trim()));
        JsonValue exp = claims.get("exp");
        if (!(exp instanceof JsonNumber expiry)) {
            throw new InvalidTokenException("the token has no expiry");
        }
        if (Instant.now().getEpochSecond() >= expiry.longValue()) {
            throw new InvalidTokenException("the token has expired");
        }
        String subject = string(claims, "sub");
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("the token has no subject");
        }
        return new Caller(subject, string(claims, "name"), string(claims, "email"), permissions(claims));
    }

    private static JsonObject parse(String json) throws InvalidTokenException {
        try (JsonReader reader = JsonTrees.reader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidTokenException("the token's claims are not a JSON object");
        }
    }

    private static String string(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static Set<Permission> permissions(JsonObject claims) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        JsonValue value = claims.get("permissions");
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : value.asJsonArray()) {
                if (item instanceof JsonString claim && Permission.fromClaim(claim.getString()) != null) {
                    granted.add(Permission.fromClaim(claim.getString()));
                }
            }
        }
        return granted;
    }
}
