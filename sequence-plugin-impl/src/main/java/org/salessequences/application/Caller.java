package org.salessequences.application;

import java.util.EnumSet;
import java.util.Set;

import org.salessequences.api.Permission;
import org.salessequences.domain.model.contact.ContactVisibility;

/**
 * The authenticated user on whose behalf a use case runs, taken from the host's verified token.
 *
 * @param userId      the token's {@code sub}
 * @param name        the token's {@code name}, may be {@code null}
 * @param email       the token's {@code email}, may be {@code null}
 * @param permissions the plugin permissions the host granted
 */
public record Caller(String userId, String name, String email, Set<Permission> permissions) {

    public Caller {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Admins see and manage every user's sequences; everyone else only their own. */
    public boolean isAdmin() {
        return has(Permission.ADMIN);
    }

    /** Whether this caller may see what {@code ownerId} owns. */
    public boolean canSee(String ownerId) {
        return isAdmin() || userId.equals(ownerId);
    }

    /** Whether this caller may read and enroll a host contact owned by {@code contactOwnerId}. */
    public boolean canReach(ContactVisibility visibility, String contactOwnerId) {
        return isAdmin() || visibility.reaches(userId, contactOwnerId);
    }
}
