package org.salessequences.spi.host;

/**
 * A saved view (filter) of the host CRM.
 *
 * @param id         the host's id of the view
 * @param name       its name as users see it
 * @param recordType whether it lists contacts or accounts
 */
public record SavedView(String id, String name, RecordType recordType) {
}
