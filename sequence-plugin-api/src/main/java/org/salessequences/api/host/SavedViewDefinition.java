package org.salessequences.api.host;

import java.util.List;

import org.salessequences.api.sequence.ConditionDefinition;

/**
 * A saved view of the embedded host: the records of a type that match its conditions.
 *
 * @param id         assigned when it is created; ignored in requests
 * @param recordType {@code CONTACT} or {@code ACCOUNT}; account views use {@code account.*} fields
 * @param conditions at most 8 property conditions (no {@code email.*})
 * @param match      {@code ALL} or {@code ANY}
 */
public record SavedViewDefinition(String id, String name, String recordType, List<ConditionDefinition> conditions,
                                  String match) {
}
