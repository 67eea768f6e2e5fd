package org.salessequences.api.host;

/**
 * What a rep's contact panel shows of a host contact ({@code GET /api/v1/contacts/{id}/fields}): its name and the
 * two fields the plugin keeps current. Read-only and open to {@code sequences.view}, because the rep already sees
 * the contact in the host page that embeds the panel; the full host record stays admin-only.
 *
 * @param id                the host's id of the contact
 * @param firstName         may be {@code null}
 * @param lastName          may be {@code null}
 * @param email             may be {@code null}
 * @param lastContactedMode {@code No reply}, {@code Replied}, ... or {@code null} before any contact
 * @param lastActivityType  {@code Call}, {@code SMS}, ... or {@code null}
 */
public record ContactFields(String id, String firstName, String lastName, String email, String lastContactedMode,
                            String lastActivityType) {
}
