package org.salessequences.spi.host;

import java.util.List;

import org.salessequences.api.sequence.ConditionDefinition;

/**
 * Which records to list: those of a saved view, narrowed by conditions. Adapters that can filter on the host
 * side do so; those that cannot may return a superset, because callers re-check the conditions on every record.
 *
 * @param savedViewId the view whose records to list; {@code null} for all records of the type
 * @param conditions  conditions on record properties (never email activity); empty for none
 * @param match       {@code ALL} or {@code ANY}
 */
public record RecordFilter(String savedViewId, List<ConditionDefinition> conditions, String match) {

    /** Every record of the type. */
    public static final RecordFilter ALL = new RecordFilter(null, List.of(), "ALL");

    public RecordFilter {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        match = match == null ? "ALL" : match;
    }

    public static RecordFilter view(String savedViewId) {
        return new RecordFilter(savedViewId, List.of(), "ALL");
    }
}
