package org.salessequences.infrastructure.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.Permission;
import org.salessequences.application.Caller;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Turns the {@code Authorization} header of a request into a {@link Caller}, or rejects it. The token itself is
 * checked by the {@link HostTokenVerifier} that {@link ConfiguredSecrets} builds from configuration.
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

    private static final String BEARER = "Bearer ";

    @Inject
    HostTokenVerifier verifier;

    /**
     * @param authorization the {@code Authorization} header, may be {@code null}
     * @return the caller the token names
     * @throws InvalidTokenException when the header carries no valid, unexpired token with a subject
     */
    public Caller authenticate(String authorization) throws InvalidTokenException {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("a bearer token is required");
        }
        JWTClaimsSet claims = verifier.verify(authorization.substring(BEARER.length()).trim());
        String subject = string(claims, "sub");
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("the token has no subject");
        }
        return new Caller(subject, string(claims, "name"), string(claims, "email"), permissions(claims));
    }

    private static String string(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? value : null;
    }

    private static Set<Permission> permissions(JWTClaimsSet claims) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        if (claims.getClaim("permissions") instanceof List<?> items) {
            for (Object item : items) {
                Permission permission = item instanceof String claim ? Permission.fromClaim(claim) : null;
                if (permission != null) {
                    granted.add(permission);
                }
            }
        }
        return granted;
    }
}
