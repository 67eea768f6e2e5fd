package org.salessequences.api.sequence;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * When an enrollment leaves a sequence before or after its steps.
 *
 * @param allStepsExecuted complete the enrollment at the run after its last step
 * @param replied          exit when the contact replies to a sequence email
 * @param unsubscribed     exit when the contact unsubscribes
 * @param bounced          exit when an email to the contact bounces
 * @param conditions       up to 8 property conditions that make the enrollment exit
 * @param match            {@code ALL} or {@code ANY} of the conditions
 * @param accountReplied   exit when another contact of the same account replied to an email of this sequence
 *                         (default {@code false})
 * @param meetingBooked    exit when a meeting with the contact is booked (inbound event {@code MEETING_BOOKED};
 *                         default {@code false})
 */
public record ExitCriteriaDefinition(Boolean allStepsExecuted, Boolean replied, Boolean unsubscribed, Boolean bounced,
                                     List<ConditionDefinition> conditions, String match, Boolean accountReplied,
                                     Boolean meetingBooked) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public ExitCriteriaDefinition {
    }

    /** Exit criteria without the account and meeting criteria. */
    public ExitCriteriaDefinition(Boolean allStepsExecuted, Boolean replied, Boolean unsubscribed, Boolean bounced,
                                  List<ConditionDefinition> conditions, String match) {
        this(allStepsExecuted, replied, unsubscribed, bounced, conditions, match, null, null);
    }
}
