package org.salessequences.api.me;

import java.util.List;

/**
 * The caller as the plugin sees them, from their verified token.
 *
 * @param userId      the token's subject
 * @param name        display name, may be {@code null}
 * @param email       email address, may be {@code null}
 * @param permissions the plugin permissions granted, as claim values
 */
public record MeView(String userId, String name, String email, List<String> permissions) {
}
