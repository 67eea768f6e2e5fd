package org.salessequences.application.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salessequences.api.sequence.AudienceDefinition;
import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.api.sequence.EmailSettings;
import org.salessequences.api.sequence.ExitCriteriaDefinition;
import org.salessequences.api.sequence.GuardrailsDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.api.sequence.TaskSettings;
import org.salessequences.application.validation.SequenceValidator;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.SequenceType;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.infrastructure.json.JsonDocuments;

/**
 * Stored sequences are documents of their own ({@code SequenceDocument}, {@code StepDocument}), mapped to the REST
 * records here: a row written before the documents had their own type still reads, and what is written now has the
 * same shape, so old and new rows are alike whatever the REST records become.
 */
class SequenceAssemblerTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    /** A sequence row's document as the plugin wrote it when the document was the REST record itself. */
    private static final String SEQUENCE_ROW = """
            {"audience":{"conditions":[{"field":"city","operator":"EQUALS","value":"Berlin"}],
                         "dailyEnrollmentLimit":200,"match":"ALL","preventDuplicateEmails":true,
                         "recordType":"CONTACT","savedViewIds":["view-1"]},
             "exitCriteria":{"accountReplied":true,"allStepsExecuted":true,"bounced":true,
                             "conditions":[{"field":"lifecycle_stage","operator":"EQUALS","value":"Customer"}],
                             "match":"ANY","meetingBooked":false,"replied":true,"unsubscribed":true},
             "guardrails":{"maxBounceRate":0.04,"maxComplaintRate":0.002,"minSample":80},
             "schedule":{"excludeWeekends":true,"holidays":["DE"],"recipientTimezone":true,
                         "time":"09:00","timezone":"Europe/Berlin"}}
            """;

    /** A step row's document as the plugin wrote it then. */
    private static final String EMAIL_STEP_ROW = """
            {"conditions":[{"field":"title","operator":"CONTAINS","value":"CTO"}],"day":3,
             "email":{"bcc":[],"body":"<p>Hello $contact.firstName</p>","cc":["boss@example.com"],
                      "threading":"REPLY_TO_PREVIOUS","trackClicks":false,"trackOpens":true,
                      "unsubscribeLink":true},
             "match":"ALL","type":"EMAIL"}
            """;

    private static final String TASK_STEP_ROW = """
            {"day":5,"task":{"note":"ask about the trial","title":"Call"},"type":"CALL_REMINDER"}
            """;

    private final JsonDocuments json = new JsonDocuments();
    private final SequenceAssembler assembler = EngineParts.assembler(json);

    @Nested
    class ARowWrittenBeforeTheDocumentTypes {

        @Test
        void readsIntoTheSameSequence() {
            SequenceDefinition read = assembler.sequence(sequence(SEQUENCE_ROW), List.of());

            assertEquals(new AudienceDefinition("CONTACT", List.of("view-1"),
                    List.of(new ConditionDefinition("city", "EQUALS", "Berlin")), "ALL", true, 200), read.audience());
            assertEquals(new ScheduleDefinition("09:00", "Europe/Berlin", true, null, true, List.of("DE")),
                    read.schedule());
            assertEquals(new ExitCriteriaDefinition(true, true, true, true,
                    List.of(new ConditionDefinition("lifecycle_stage", "EQUALS", "Customer")), "ANY", true, false),
                    read.exitCriteria());
            assertEquals(new GuardrailsDefinition(0.04, 0.002, 80), read.guardrails());
        }

        @Test
        void readsIntoTheSameSteps() {
            assertEquals(new StepDefinition("step-1", 1, "EMAIL", 3,
                    List.of(new ConditionDefinition("title", "CONTAINS", "CTO")), "ALL",
                    new EmailSettings(null, "<p>Hello $contact.firstName</p>", "REPLY_TO_PREVIOUS", null, null,
                            List.of("boss@example.com"), List.of(), true, false, true), null, null),
                    assembler.step(step("step-1", 1, StepType.EMAIL, 3, EMAIL_STEP_ROW)));
            assertEquals(new StepDefinition("step-2", 2, "CALL_REMINDER", 5, null, null, null,
                    new TaskSettings("Call", "ask about the trial"), null),
                    assembler.step(step("step-2", 2, StepType.CALL_REMINDER, 5, TASK_STEP_ROW)));
        }

        @Test
        void withoutGuardrailsHasTheDefaultOnes() {
            SequenceDefinition read = assembler.sequence(sequence("""
                    {"schedule":{"time":"08:30","timezone":"UTC"}}
                    """), List.of());

            assertEquals(SequenceValidator.DEFAULT_GUARDRAILS, read.guardrails());
            assertNull(read.audience());
        }
    }

    @Nested
    class WhatIsWrittenNow {

        @Test
        void hasTheShapeOfTheOlderSequenceRows() {
            SequenceDefinition read = assembler.sequence(sequence(SEQUENCE_ROW), List.of());

            assertEquals(tree(SEQUENCE_ROW), tree(assembler.sequenceDocument(read)));
        }

        @Test
        void hasTheShapeOfTheOlderStepRows() {
            StepDefinition email = assembler.step(step("step-1", 1, StepType.EMAIL, 3, EMAIL_STEP_ROW));
            StepDefinition call = assembler.step(step("step-2", 2, StepType.CALL_REMINDER, 5, TASK_STEP_ROW));

            assertEquals(tree(EMAIL_STEP_ROW), tree(assembler.stepDocument(email)));
            assertEquals(tree(TASK_STEP_ROW), tree(assembler.stepDocument(call)));
        }
    }

    private static Sequence sequence(String document) {
        Sequence sequence = new Sequence("seq-1", "rita", AT);
        sequence.define("Outbound", SequenceType.CLASSIC, SequenceStatus.DRAFT, false, "09:00", "Europe/Berlin", true,
                null, document, AT);
        return sequence;
    }

    private static SequenceStep step(String id, int position, StepType type, int day, String document) {
        SequenceStep step = new SequenceStep(id, "seq-1", type, AT);
        step.define(position, day, document, AT);
        return step;
    }

    private static JsonObject tree(String document) {
        return Json.createReader(new StringReader(document)).readObject();
    }
}
