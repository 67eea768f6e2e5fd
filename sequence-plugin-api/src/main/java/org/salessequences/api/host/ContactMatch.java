package org.salessequences.api.host;

/**
 * A contact found by name or email ({@code GET /api/v1/contacts?q=}), as pickers show it.
 *
 * @param id          the host's contact id
 * @param name        first and last name, or the email when the contact has no name
 * @param email       the contact's address, may be {@code null}
 * @param accountName the name of the contact's account, {@code null} without one
 */
public record ContactMatch(String id, String name, String email, String accountName) {
}
