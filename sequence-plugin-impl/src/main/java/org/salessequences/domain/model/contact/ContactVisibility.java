package org.salessequences.domain.model.contact;

import java.util.Locale;

/**
 * Which host contacts a user's requests and sequences reach ({@code sequences.contacts.visibility}). Admins reach
 * every contact whatever the setting; that is decided where the caller is known.
 */
public enum ContactVisibility {

    /** Contacts the user owns, and contacts without an owner (the default). */
    OWNER,
    /** Every contact, as before the setting existed. */
    ALL;

    /** @throws IllegalArgumentException naming the setting when the value is neither {@code owner} nor {@code all} */
    public static ContactVisibility parse(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (ContactVisibility visibility : values()) {
            if (visibility.name().equals(name)) {
                return visibility;
            }
        }
        throw new IllegalArgumentException("sequences.contacts.visibility must be owner or all, not \"" + value + "\"");
    }

    /** Whether a user reaches a contact owned by {@code contactOwnerId} ({@code null}: nobody's). */
    public boolean reaches(String userId, String contactOwnerId) {
        return this == ALL || contactOwnerId == null || contactOwnerId.isBlank() || contactOwnerId.equals(userId);
    }
}
