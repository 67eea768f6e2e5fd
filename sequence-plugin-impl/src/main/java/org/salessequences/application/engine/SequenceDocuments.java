package org.salessequences.application.engine;

import java.util.List;
import java.util.function.Function;

import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.api.sequence.ExitCriteriaDefinition;
import org.salessequences.api.sequence.GuardrailsDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.SmsSettings;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.api.sequence.TaskSettings;
import org.salessequences.domain.model.sequence.SequenceDocument;
import org.salessequences.domain.model.sequence.StepDocument;

/**
 * Maps the REST contract's records to the stored documents and back, field by field: the one place where a renamed
 * REST field meets the name it has in the rows. A part left out ({@code null}) stays left out.
 */
final class SequenceDocuments {

    private SequenceDocuments() {
    }

    static SequenceDocument stored(SequenceDefinition definition) {
        return new SequenceDocument(map(definition.audience(), SequenceDocuments::stored),
                map(definition.schedule(), SequenceDocuments::stored),
                map(definition.exitCriteria(), SequenceDocuments::stored),
                map(definition.guardrails(), g -> new SequenceDocument.Guardrails(g.maxBounceRate(),
                        g.maxComplaintRate(), g.minSample())));
    }

    static StepDocument stored(StepDefinition step) {
        return new StepDocument(step.type(), step.day(), storedConditions(step.conditions()), step.match(),
                map(step.email(), e -> new StepDocument.Email(e.subject(), e.body(), e.threading(), e.from(),
                        e.replyTo(), e.cc(), e.bcc(), e.trackOpens(), e.trackClicks(), e.unsubscribeLink())),
                map(step.task(), t -> new StepDocument.Task(t.title(), t.note())),
                map(step.sms(), s -> new StepDocument.Sms(s.body())));
    }

    static AudienceDefinition audience(SequenceDocument.Audience a) {
        return map(a, x -> new AudienceDefinition(x.recordType(), x.savedViewIds(), conditions(x.conditions()),
                x.match(), x.preventDuplicateEmails(), x.dailyEnrollmentLimit()));
    }

    static ScheduleDefinition schedule(SequenceDocument.Schedule s) {
        return map(s, x -> new ScheduleDefinition(x.time(), x.timezone(), x.excludeWeekends(), x.intervalDays(),
                x.recipientTimezone(), x.holidays()));
    }

    static ExitCriteriaDefinition exitCriteria(SequenceDocument.ExitCriteria e) {
        return map(e, x -> new ExitCriteriaDefinition(x.allStepsExecuted(), x.replied(), x.unsubscribed(),
                x.bounced(), conditions(x.conditions()), x.match(), x.accountReplied(), x.meetingBooked()));
    }

    static GuardrailsDefinition guardrails(SequenceDocument.Guardrails g) {
        return map(g, x -> new GuardrailsDefinition(x.maxBounceRate(), x.maxComplaintRate(), x.minSample()));
    }

    /** The step as the contract shows it, with the id and position its row keeps in columns. */
    static StepDefinition step(String id, Integer position, String type, Integer day, StepDocument stored) {
        return new StepDefinition(id, position, type, day, conditions(stored.conditions()), stored.match(),
                map(stored.email(), e -> new EmailSettings(e.subject(), e.body(), e.threading(), e.from(),
                        e.replyTo(), e.cc(), e.bcc(), e.trackOpens(), e.trackClicks(), e.unsubscribeLink())),
                map(stored.task(), t -> new TaskSettings(t.title(), t.note())),
                map(stored.sms(), s -> new SmsSettings(s.body())));
    }

    private static SequenceDocument.Audience stored(AudienceDefinition a) {
        return new SequenceDocument.Audience(a.recordType(), a.savedViewIds(), storedConditions(a.conditions()),
                a.match(), a.preventDuplicateEmails(), a.dailyEnrollmentLimit());
    }

    private static SequenceDocument.Schedule stored(ScheduleDefinition s) {
        return new SequenceDocument.Schedule(s.time(), s.timezone(), s.excludeWeekends(), s.intervalDays(),
                s.recipientTimezone(), s.holidays());
    }

    private static SequenceDocument.ExitCriteria stored(ExitCriteriaDefinition e) {
        return new SequenceDocument.ExitCriteria(e.allStepsExecuted(), e.replied(), e.unsubscribed(), e.bounced(),
                storedConditions(e.conditions()), e.match(), e.accountReplied(), e.meetingBooked());
    }

    private static List<SequenceDocument.Condition> storedConditions(List<ConditionDefinition> conditions) {
        return map(conditions, list -> list.stream()
                .map(c -> new SequenceDocument.Condition(c.field(), c.operator(), c.value())).toList());
    }

    private static List<ConditionDefinition> conditions(List<SequenceDocument.Condition> conditions) {
        return map(conditions, list -> list.stream()
                .map(c -> new ConditionDefinition(c.field(), c.operator(), c.value())).toList());
    }

    private static <A, B> B map(A part, Function<A, B> mapping) {
        return part == null ? null : mapping.apply(part);
    }
}
