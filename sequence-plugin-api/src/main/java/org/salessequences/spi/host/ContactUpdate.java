package org.salessequences.spi.host;

import java.util.List;

/**
 * Fields the plugin keeps current on a host contact. A {@code null} component leaves that field as it is.
 *
 * @param lastContactedMode  {@code Not yet contacted}, {@code No reply}, {@code Opened but no reply}, {@code Replied},
 *                           {@code Incoming call}, {@code Outgoing call}, {@code Chat} or {@code Sales Activity}
 * @param lastActivityType   {@code Call}, {@code Phone}, {@code Chat}, {@code Task}, {@code SMS}, {@code Meeting} or a
 *                           custom type name
 * @param activeSequences    names of the sequences the contact is active in (replaces the whole list)
 * @param completedSequences names of the sequences the contact has completed (replaces the whole list)
 */
public record ContactUpdate(String lastContactedMode, String lastActivityType, List<String> activeSequences,
                            List<String> completedSequences) {

    public ContactUpdate {
        activeSequences = activeSequences == null ? null : List.copyOf(activeSequences);
        completedSequences = completedSequences == null ? null : List.copyOf(completedSequences);
    }
}
