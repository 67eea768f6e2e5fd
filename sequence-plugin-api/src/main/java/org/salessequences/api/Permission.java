package org.salessequences.api;

/**
 * The permissions a host grants its users in the {@code permissions} claim of their token.
 */
public enum Permission {
    /** List and read the caller's own sequences, enrollments and reminders. */
    VIEW("sequences.view"),
    /** Create and edit the caller's own sequences and enroll records into them. */
    CREATE("sequences.create"),
    /** See and manage every user's sequences, host data and the plugin's administration. */
    ADMIN("sequences.admin");

    private final String claim;

    Permission(String claim) {
        this.claim = claim;
    }

    /** The value of this permission in the token's {@code permissions} claim. */
    public String claim() {
        return claim;
    }

    /**
     * The permission named by a claim value.
     *
     * @return the permission, or {@code null} when the value names none (hosts may send permissions of their own)
     */
    public static Permission fromClaim(String claim) {
        for (Permission permission : values()) {
            if (permission.claim.equals(claim)) {
                return permission;
            }
        }
        return null;
    }
}
