package org.salessequences.api.sequence;

import java.util.List;

/**
 * Who a sequence enrolls at each run.
 *
 * @param recordType             {@code CONTACT} or {@code ACCOUNT} (an account brings in the contacts whose primary
 *                               account it is)
 * @param savedViewIds           the host's saved views whose records are enrolled
 * @param conditions             up to 8 entry conditions every enrolled record must meet
 * @param match                  {@code ALL} or {@code ANY} of the conditions
 * @param preventDuplicateEmails skip a contact whose email is already enrolled in this sequence
 */
public record AudienceDefinition(String recordType, List<String> savedViewIds, List<ConditionDefinition> conditions,
                                 String match, Boolean preventDuplicateEmails) {
}
