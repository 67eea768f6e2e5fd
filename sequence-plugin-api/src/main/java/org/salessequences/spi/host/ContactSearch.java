package org.salessequences.spi.host;

/**
 * Contacts whose first name, last name or email starts with {@code prefix} (case-insensitive); with a space in it,
 * also first name and last name together ("ada lov").
 *
 * @param prefix    what the user typed, stripped; empty matches every contact
 * @param ownerId   only contacts this user owns or that have no owner; {@code null} for every contact
 * @param limit     the most contacts to return, ordered by name
 */
public record ContactSearch(String prefix, String ownerId, int limit) {
}
