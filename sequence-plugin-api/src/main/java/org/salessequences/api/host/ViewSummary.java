package org.salessequences.api.host;

/**
 * A saved view of the host as the sequence builder offers it for an audience ({@code GET /api/v1/views}).
 *
 * @param id         the host's id of the view
 * @param name       its name as users see it
 * @param recordType {@code CONTACT} or {@code ACCOUNT}
 */
public record ViewSummary(String id, String name, String recordType) {
}
