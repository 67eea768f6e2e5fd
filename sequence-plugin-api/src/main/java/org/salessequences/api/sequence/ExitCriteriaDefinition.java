package org.salessequences.api.sequence;

import java.util.List;

/**
 * When an enrollment leaves a sequence before or after its steps.
 *
 * @param allStepsExecuted complete the enrollment at the run after its last step
 * @param replied          exit when the contact replies to a sequence email
 * @param unsubscribed     exit when the contact unsubscribes
 * @param bounced          exit when an email to the contact bounces
 * @param conditions       up to 8 property conditions that make the enrollment exit
 * @param match            {@code ALL} or {@code ANY} of the conditions
 */
public record ExitCriteriaDefinition(Boolean allStepsExecuted, Boolean replied, Boolean unsubscribed, Boolean bounced,
                                     List<ConditionDefinition> conditions, String match) {
}
