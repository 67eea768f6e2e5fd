package org.salessequences.domain.model.condition;

/** Whether all or any conditions of a group must hold. An empty group always holds. */
public enum Match {
    ALL, ANY;

    /** The match of that name; {@code null} or blank means {@link #ALL}; anything else is {@code null}. */
    public static Match named(String name) {
        if (name == null || name.isBlank()) {
            return ALL;
        }
        for (Match match : values()) {
            if (match.name().equals(name)) {
                return match;
            }
        }
        return null;
    }
}
