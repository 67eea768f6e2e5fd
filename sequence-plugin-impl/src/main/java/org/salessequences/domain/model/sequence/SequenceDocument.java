package org.salessequences.domain.model.sequence;

import java.util.List;

/**
 * The JSON document a sequence row keeps (its audience, schedule, exit criteria and guardrails), a type of its own so
 * that the REST contract's records can change their fields without changing what stored sequences say. Its field
 * names are those the rows were first written with; a field is renamed here only with a migration of the rows.
 */
public record SequenceDocument(Audience audience, Schedule schedule, ExitCriteria exitCriteria,
                               Guardrails guardrails) {

    /** Who is enrolled: records of {@code recordType} in the saved views that meet the conditions. */
    public record Audience(String recordType, List<String> savedViewIds, List<Condition> conditions, String match,
                           Boolean preventDuplicateEmails, Integer dailyEnrollmentLimit) {
    }

    /** When the sequence runs; its holidays and time zone mode live only here (time and zone also in columns). */
    public record Schedule(String time, String timezone, Boolean excludeWeekends, Integer intervalDays,
                           Boolean recipientTimezone, List<String> holidays) {
    }

    /** What makes an enrollment leave the sequence. */
    public record ExitCriteria(Boolean allStepsExecuted, Boolean replied, Boolean unsubscribed, Boolean bounced,
                               List<Condition> conditions, String match, Boolean accountReplied,
                               Boolean meetingBooked) {
    }

    /** The rates past which the sequence pauses itself. */
    public record Guardrails(Double maxBounceRate, Double maxComplaintRate, Integer minSample) {
    }

    /** One condition on a field of the contact or its account (as validated when saved). */
    public record Condition(String field, String operator, Object value) {
    }
}
