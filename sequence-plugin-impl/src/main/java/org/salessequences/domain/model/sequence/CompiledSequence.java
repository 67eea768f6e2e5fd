package org.salessequences.domain.model.sequence;

import java.time.ZoneId;
import java.util.List;

import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.schedule.RunSchedule;
import org.salessequences.spi.host.RecordType;

/**
 * A sequence as one run sees it, read once when the run starts: edits saved during a run apply from the next.
 *
 * @param id                     the sequence
 * @param ownerId                its owner, who sends its emails and gets its tasks
 * @param name                   its name
 * @param type                   classic or smart
 * @param exclusive              exclusive sequences do not share contacts
 * @param schedule               when it runs
 * @param audienceType           contacts or accounts
 * @param savedViewIds           the host views its audience comes from
 * @param entryDefinitions       the entry conditions as written (for the host to pre-filter)
 * @param entryConditions        the entry conditions every enrolled contact must meet
 * @param preventDuplicateEmails one enrollment per email address
 * @param steps                  its steps, by position
 * @param completeAfterSteps     complete an enrollment at the run after its last step
 * @param exitOnReply            exit when the contact replies
 * @param exitOnUnsubscribe      exit when the contact unsubscribes
 * @param exitOnBounce           exit when an email bounces
 * @param exitConditions         property conditions that make an enrollment exit
 * @param recipientTimezone      steps are due at the schedule's time in each contact's own zone
 * @param dailyEnrollmentLimit   new audience enrollments per day, {@code null} for no limit
 * @param exitOnAccountReply     exit when another contact of the same account replied
 * @param exitOnMeeting          exit when a meeting with the contact is booked
 * @param guardrails             when the sequence pauses itself
 */
public record CompiledSequence(String id, String ownerId, String name, SequenceType type, boolean exclusive,
                               RunSchedule schedule, RecordType audienceType, List<String> savedViewIds,
                               List<ConditionDefinition> entryDefinitions, ConditionGroup entryConditions,
                               boolean preventDuplicateEmails, List<CompiledStep> steps, boolean completeAfterSteps,
                               boolean exitOnReply, boolean exitOnUnsubscribe, boolean exitOnBounce,
                               ConditionGroup exitConditions, boolean recipientTimezone, Integer dailyEnrollmentLimit,
                               boolean exitOnAccountReply, boolean exitOnMeeting, Guardrails guardrails) {

    public CompiledSequence {
        savedViewIds = List.copyOf(savedViewIds);
        entryDefinitions = List.copyOf(entryDefinitions);
        steps = List.copyOf(steps);
    }

    /** The schedule of one contact: the sequence's, in the contact's zone when the sequence sends in recipients' zones. */
    public RunSchedule scheduleFor(ZoneId contactZone) {
        return recipientTimezone && contactZone != null ? schedule.inZone(contactZone) : schedule;
    }

    /** Whether runs pick up an audience at all (a sequence without views or conditions takes manual enrollments only). */
    public boolean hasAudience() {
        return !savedViewIds.isEmpty() || !entryConditions.isEmpty();
    }
}
