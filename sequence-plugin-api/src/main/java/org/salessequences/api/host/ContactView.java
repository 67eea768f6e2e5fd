package org.salessequences.api.host;

import java.util.List;
import java.util.Map;

/**
 * A contact of the embedded host with the fields the plugin keeps current on it.
 *
 * @param importName         the tag of the CSV import that last wrote it
 * @param lastContactedMode  {@code Not yet contacted} until a sequence reaches the contact
 * @param activeSequences    names of the sequences the contact is active in
 * @param completedSequences names of the sequences the contact has completed
 */
public record ContactView(String id, String email, String firstName, String lastName, String phone, String timezone,
                          String ownerId, String accountId, String city, String state, String country,
                          String jobTitle, String importName, String lastContactedMode, String lastActivityType,
                          List<String> activeSequences, List<String> completedSequences, Map<String, String> fields) {
}
