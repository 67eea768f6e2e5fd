package org.salessequences.api.sequence;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * Who a sequence enrolls at each run.
 *
 * @param recordType             {@code CONTACT} or {@code ACCOUNT} (an account brings in the contacts whose primary
 *                               account it is)
 * @param savedViewIds           the host's saved views whose records are enrolled
 * @param conditions             up to 8 entry conditions every enrolled record must meet
 * @param match                  {@code ALL} or {@code ANY} of the conditions
 * @param preventDuplicateEmails skip a contact whose email is already enrolled in this sequence
 * @param dailyEnrollmentLimit   at most this many new enrollments by the audience per day (the sequence's day);
 *                               the rest join in order on later days. {@code null}: no limit
 */
public record AudienceDefinition(String recordType, List<String> savedViewIds, List<ConditionDefinition> conditions,
                                 String match, Boolean preventDuplicateEmails, Integer dailyEnrollmentLimit) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public AudienceDefinition {
    }

    /** An audience without a daily enrollment limit. */
    public AudienceDefinition(String recordType, List<String> savedViewIds, List<ConditionDefinition> conditions,
                              String match, Boolean preventDuplicateEmails) {
        this(recordType, savedViewIds, conditions, match, preventDuplicateEmails, null);
    }
}
