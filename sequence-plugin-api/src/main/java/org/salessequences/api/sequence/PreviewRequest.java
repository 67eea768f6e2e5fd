package org.salessequences.api.sequence;

/**
 * Which contact an email step is rendered for ({@code POST /api/v1/sequences/{id}/steps/{stepId}/preview}).
 *
 * @param contactId the host contact, one the caller may reach
 */
public record PreviewRequest(String contactId) {
}
