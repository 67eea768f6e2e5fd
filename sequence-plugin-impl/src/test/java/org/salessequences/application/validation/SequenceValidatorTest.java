package org.salessequences.application.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salessequences.api.FieldError;
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
import org.salessequences.application.ValidationException;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.infrastructure.templating.velocity.VelocityTemplateChecker;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

class SequenceValidatorTest {

    private static final SavedView CONTACT_VIEW = new SavedView("view-1", "Berlin leads", RecordType.CONTACT);
    private static final SavedView ACCOUNT_VIEW = new SavedView("view-2", "Key accounts", RecordType.ACCOUNT);

    private final SequenceValidator.Context context = new SequenceValidator.Context(Map.of("step-9", StepType.SMS),
            id -> Optional.ofNullable(Map.of("view-1", CONTACT_VIEW, "view-2", ACCOUNT_VIEW).get(id)),
            new VelocityTemplateChecker(), address -> address.endsWith("@example.com"));

    private static StepDefinition email(int day, String threading) {
        return new StepDefinition(null, null, "EMAIL", day, List.of(), "ALL",
                new EmailSettings("Hi $contact.firstName", "<p>Hello</p>", threading, null, null, List.of(), List.of(),
                        true, true, true), null, null);
    }

    private static SequenceDefinition classic(List<StepDefinition> steps) {
        return new SequenceDefinition(null, null, "Outbound", "CLASSIC", "ACTIVE", false,
                new AudienceDefinition("CONTACT", List.of("view-1"), List.of(), "ALL", true),
                new ScheduleDefinition("09:00", "Europe/Berlin", true, null), steps,
                new ExitCriteriaDefinition(true, true, true, true, List.of(), "ALL"), null, null, null, null);
    }

    @Test
    void acceptsAndNormalisesAFullSequence() {
        List<StepDefinition> steps = List.of(email(1, "NEW_THREAD"),
                new StepDefinition(null, null, "EMAIL_REMINDER", 3, null, null,
                        new EmailSettings(null, "Following up", "REPLY_TO_PREVIOUS", null, null, null, null, null, null,
                                null), null, null),
                new StepDefinition(null, null, "FOLLOW_UP", 4, null, null, null, new TaskSettings("Check in", null), null),
                new StepDefinition(null, null, "CALL_REMINDER", 5, null, null, null, new TaskSettings("Call", "n"), null),
                new StepDefinition(null, null, "SMS", 6, null, null, null, null, new SmsSettings("Hi $contact.firstName")));
        SequenceDefinition valid = SequenceValidator.validate(classic(steps), context);
        assertEquals(5, valid.steps().size());
        assertEquals(3, valid.steps().get(2).position());
        assertEquals(List.of(), valid.steps().get(1).email().cc());
        assertTrue(valid.steps().get(1).email().trackOpens());
        assertEquals("ALL", valid.steps().get(4).match());
    }

    @Test
    void fillsDefaultsOfAMinimalSequence() {
        SequenceDefinition valid = SequenceValidator.validate(new SequenceDefinition(null, null, " Minimal ", "CLASSIC",
                null, null, null, new ScheduleDefinition("08:30", "UTC", null, null), null, null, null, null, null,
                null), context);
        assertEquals("Minimal", valid.name());
        assertEquals("DRAFT", valid.status());
        assertEquals("CONTACT", valid.audience().recordType());
        assertTrue(valid.audience().preventDuplicateEmails());
        assertTrue(valid.exitCriteria().replied());
    }

    @Test
    void refusesANinthCondition() {
        List<ConditionDefinition> nine = Collections.nCopies(9, new ConditionDefinition("city", "EQUALS", "Berlin"));
        StepDefinition step = new StepDefinition(null, null, "SMS", 1, nine, "ALL", null, null, new SmsSettings("x"));
        assertEquals(List.of("steps[0].conditions"), errors(classic(List.of(step))));
    }

    @Test
    void namesUnknownOperatorsAndFieldsWhereverTheyAre() {
        SequenceDefinition definition = new SequenceDefinition(null, null, "x", "CLASSIC", null, null,
                new AudienceDefinition("CONTACT", null, List.of(new ConditionDefinition("shoeSize", "EQUALS", "9")),
                        null, null),
                new ScheduleDefinition("09:00", "UTC", false, null),
                List.of(new StepDefinition(null, null, "SMS", 1,
                        List.of(new ConditionDefinition("city", "SOUNDS_LIKE", "x")), null, null, null,
                        new SmsSettings("x"))),
                new ExitCriteriaDefinition(null, null, null, null,
                        List.of(new ConditionDefinition("email.replied", "EQUALS", "any")), "SOME"), null, null, null, null);
        assertEquals(List.of("audience.conditions[0].field", "steps[0].conditions[0].operator", "exitCriteria.match",
                "exitCriteria.conditions[0].field"), errors(definition));
    }

    @Test
    void classicDaysAreBetweenOneAndNinetyAndInOrder() {
        assertEquals(List.of("steps[0].day", "steps[1].day", "steps[3].day"),
                errors(classic(List.of(email(0, null), email(91, null), email(5, null), email(2, null)))));
        assertEquals(List.of("steps[0].day"), errors(classic(List.of(
                new StepDefinition(null, null, "SMS", null, null, null, null, null, new SmsSettings("x"))))));
    }

    @Test
    void refusesMoreThanTwentyFiveSteps() {
        List<StepDefinition> steps = new ArrayList<>(Collections.nCopies(26, email(1, null)));
        assertEquals(List.of("steps"), errors(classic(steps)));
    }

    @Test
    void aSmartSequenceNeedsAnIntervalAndNoDays() {
        SequenceDefinition smart = new SequenceDefinition(null, null, "Smart", "SMART", null, null, null,
                new ScheduleDefinition("09:00", "UTC", false, null), List.of(email(2, null)), null, null, null, null,
                null);
        assertEquals(List.of("schedule.intervalDays", "steps[0].day"), errors(smart));
    }

    @Test
    void aClassicSequenceHasNoInterval() {
        SequenceDefinition classic = new SequenceDefinition(null, null, "c", "CLASSIC", null, null, null,
                new ScheduleDefinition("09:00", "UTC", false, 3), List.of(), null, null, null, null, null);
        assertEquals(List.of("schedule.intervalDays"), errors(classic));
    }

    @Test
    void refusesUnknownTimezonesAndBadTimes() {
        SequenceDefinition definition = new SequenceDefinition(null, null, "t", "CLASSIC", null, null, null,
                new ScheduleDefinition("9am", "Europe/Atlantis", false, null), List.of(), null, null, null, null, null);
        assertEquals(List.of("schedule.time", "schedule.timezone"), errors(definition));
        SequenceDefinition offset = new SequenceDefinition(null, null, "t", "CLASSIC", null, null, null,
                new ScheduleDefinition("24:00", "+02:00", false, null), List.of(), null, null, null, null, null);
        assertEquals(List.of("schedule.time", "schedule.timezone"), errors(offset));
    }

    @Test
    void anEmailStepNeedsSubjectAndBody() {
        StepDefinition empty = new StepDefinition(null, null, "EMAIL", 1, null, null,
                new EmailSettings(" ", null, "NEW_THREAD", null, null, null, null, null, null, null), null, null);
        StepDefinition none = new StepDefinition(null, null, "EMAIL_REMINDER", 2, null, null, null, null, null);
        assertEquals(List.of("steps[0].email.subject", "steps[0].email.body", "steps[1].email"),
                errors(classic(List.of(empty, none))));
    }

    @Test
    void reportsWhereATemplateDoesNotParse() {
        StepDefinition broken = new StepDefinition(null, null, "EMAIL", 1, null, null,
                new EmailSettings("Hi", "Hello\n#if($contact.firstName)\nno end", "NEW_THREAD", null, null, null, null,
                        null, null, null), null, null);
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> SequenceValidator.validate(classic(List.of(broken)), context));
        FieldError error = invalid.errors().get(0);
        assertEquals("steps[0].email.body", error.field());
        assertTrue(error.message().matches("line \\d+, column \\d+: the template does not parse.*"), error.message());
    }

    @Test
    void refusesATemplateThatReachesForReflection() {
        StepDefinition sneaky = new StepDefinition(null, null, "EMAIL", 1, null, null,
                new EmailSettings("Hi $contact.getClass().forName('java.lang.Runtime')", "Hello", "NEW_THREAD", null,
                        null, null, null, null, null, null), null, null);
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> SequenceValidator.validate(classic(List.of(sneaky)), context));
        FieldError error = invalid.errors().get(0);
        assertEquals("steps[0].email.subject", error.field());
        assertEquals("line 1, column 13: method calls are not allowed in templates (getClass(...)): use placeholders "
                + "such as $contact.firstName", error.message());
    }

    /** What Velocity would run only when rendering is refused at save, in every template field, naming it. */
    @ParameterizedTest
    @ValueSource(strings = {"#set($x = \"#foreach($i in [1..3])E#end\")$x", "#set($x = \"#macro(leak)x#end\")",
            "#set($a = ['x'])#foreach($i in [1..60])#set($a = [$a, $a])#end$a", "#evaluate('x')"})
    void refusesAdversarialTemplatesInEveryTemplateField(String template) {
        List<StepDefinition> steps = List.of(
                new StepDefinition(null, null, "EMAIL", 1, null, null, new EmailSettings(template, template,
                        "NEW_THREAD", null, null, null, null, null, null, null), null, null),
                new StepDefinition(null, null, "FOLLOW_UP", 2, null, null, null, new TaskSettings(template, template),
                        null),
                new StepDefinition(null, null, "SMS", 3, null, null, null, null, new SmsSettings(template)));
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> SequenceValidator.validate(classic(steps), context));
        assertEquals(List.of("steps[0].email.subject", "steps[0].email.body", "steps[1].task.title",
                "steps[1].task.note", "steps[2].sms.body"), invalid.errors().stream().map(FieldError::field).toList());
        assertTrue(invalid.errors().stream().allMatch(error -> error.message().contains("not allowed")
                || error.message().contains("not evaluated") || error.message().contains("literal values")),
                invalid.errors().toString());
    }

    @Test
    void aTemplateTooDeepToParseIsAFieldErrorNotAServerError() {
        String deep = "#if(" + "(".repeat(30_000) + "true" + ")".repeat(30_000) + ")x#end";
        StepDefinition step = new StepDefinition(null, null, "EMAIL", 1, null, null, new EmailSettings("Hi", deep,
                "NEW_THREAD", null, null, null, null, null, null, null), null, null);
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> SequenceValidator.validate(classic(List.of(step)), context));
        assertEquals("steps[0].email.body", invalid.errors().get(0).field());
        assertTrue(invalid.errors().get(0).message().contains("nested more than"), invalid.errors().toString());
    }

    @Test
    void theFirstEmailStepCannotReplyToAPreviousOne() {
        StepDefinition sms = new StepDefinition(null, null, "SMS", 1, null, null, null, null, new SmsSettings("x"));
        assertEquals(List.of("steps[1].email.threading"),
                errors(classic(List.of(sms, email(2, "REPLY_TO_PREVIOUS"), email(3, "REPLY_TO_PREVIOUS")))));
    }

    @Test
    void refusesMalformedAddresses() {
        StepDefinition step = new StepDefinition(null, null, "EMAIL", 1, null, null,
                new EmailSettings("s", "b", null, "not-an-address", "Anna <anna@example.com>",
                        List.of("ok@example.com", "two@@example.com"), List.of("x@example"), null, null, null),
                null, null);
        assertEquals(List.of("steps[0].email.from", "steps[0].email.replyTo", "steps[0].email.cc[1]",
                "steps[0].email.bcc[0]"), errors(classic(List.of(step))));
    }

    @Test
    void fromAndReplyToMustBeAddressesTheOwnerMayUse() {
        StepDefinition step = new StepDefinition(null, null, "EMAIL", 1, null, null,
                new EmailSettings("s", "b", null, "ceo@bank.example", "phish@evil.example", List.of("cc@bank.example"),
                        List.of(), null, null, null), null, null);
        StepDefinition allowed = new StepDefinition(null, null, "EMAIL", 2, null, null,
                new EmailSettings("s", "b", null, "rita@example.com", "team@example.com", List.of(), List.of(), null,
                        null, null), null, null);
        assertEquals(List.of("steps[0].email.from", "steps[0].email.replyTo"),
                errors(classic(List.of(step, allowed))), "copies are not sent as anyone: they are not checked");
    }

    @Test
    void settingsMustFitTheStepType() {
        StepDefinition sms = new StepDefinition(null, null, "SMS", 1, null, null, null, new TaskSettings("t", null), null);
        StepDefinition task = new StepDefinition(null, null, "FOLLOW_UP", 1, null, null, null, null, null);
        StepDefinition unknown = new StepDefinition(null, null, "FAX", 1, null, null, null, null, null);
        assertEquals(List.of("steps[0].task", "steps[0].sms", "steps[1].task", "steps[2].type"),
                errors(classic(List.of(sms, task, unknown))));
    }

    @Test
    void savedViewsMustExistAndListTheAudienceRecords() {
        SequenceDefinition definition = new SequenceDefinition(null, null, "v", "CLASSIC", null, null,
                new AudienceDefinition("CONTACT", List.of("view-1", "view-2", "view-404", "view-1"), null, null, null),
                new ScheduleDefinition("09:00", "UTC", false, null), List.of(), null, null, null, null, null);
        assertEquals(List.of("audience.savedViewIds[1]", "audience.savedViewIds[2]", "audience.savedViewIds[3]"),
                errors(definition));
    }

    @Test
    void stepIdsMustBeThisSequencesAndKeepTheirType() {
        StepDefinition foreign = new StepDefinition("step-x", null, "SMS", 1, null, null, null, null,
                new SmsSettings("x"));
        StepDefinition retyped = new StepDefinition("step-9", null, "FOLLOW_UP", 2, null, null, null,
                new TaskSettings("t", null), null);
        assertEquals(List.of("steps[0].id", "steps[1].type"), errors(classic(List.of(foreign, retyped))));
    }

    @Test
    void nameTypeAndStatusAreChecked() {
        SequenceDefinition definition = new SequenceDefinition(null, null, "", "WEEKLY", "RUNNING", null, null,
                null, null, null, null, null, null, null);
        assertEquals(List.of("name", "type", "status", "schedule"), errors(definition));
    }

    private List<String> errors(SequenceDefinition definition) {
        ValidationException invalid = assertThrows(ValidationException.class,
                () -> SequenceValidator.validate(definition, context));
        return invalid.errors().stream().map(FieldError::field).toList();
    }

    private static SequenceDefinition careful(String type, ScheduleDefinition schedule, Integer daily,
                                              GuardrailsDefinition guardrails) {
        return new SequenceDefinition(null, null, "Careful", type, "ACTIVE", false,
                new AudienceDefinition("CONTACT", List.of("view-1"), List.of(), "ALL", true, daily), schedule,
                List.of(new StepDefinition(null, null, "EMAIL", type.equals("CLASSIC") ? 1 : null, List.of(), "ALL",
                        new EmailSettings("Hi", "<p>Hello</p>", "NEW_THREAD", null, null, List.of(), List.of(), true,
                                true, true), null, null)),
                new ExitCriteriaDefinition(true, true, true, true, List.of(), "ALL", true, null), null, null, null, null,
                guardrails, "BOUNCE_RATE");
    }

    @Test
    void normalisesTheCarefulSendingFieldsAndFillsTheGuardrailDefaults() {
        SequenceDefinition valid = SequenceValidator.validate(careful("CLASSIC", new ScheduleDefinition("09:00",
                "Europe/Berlin", true, null, true, List.of(" de", "US")), 2, null), context);
        assertTrue(valid.schedule().recipientTimezone());
        assertEquals(List.of("DE", "US"), valid.schedule().holidays());
        assertEquals(2, valid.audience().dailyEnrollmentLimit());
        assertEquals(SequenceValidator.DEFAULT_GUARDRAILS, valid.guardrails());
        assertTrue(valid.exitCriteria().accountReplied());
        assertEquals(false, valid.exitCriteria().meetingBooked());
        assertEquals(null, valid.pausedReason(), "the reason a sequence paused is the server's to say");
    }

    @Test
    void refusesBadCarefulSendingFieldsEachByName() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> SequenceValidator.validate(
                careful("SMART", new ScheduleDefinition("09:00", "Europe/Berlin", true, 2, true,
                        List.of("DE", "XX", "D1", "de")), 0, new GuardrailsDefinition(1.5, -0.1, 0)), context));
        assertEquals(List.of("audience.dailyEnrollmentLimit", "schedule.recipientTimezone", "schedule.holidays[1]",
                        "schedule.holidays[2]", "schedule.holidays[3]", "guardrails.maxBounceRate",
                        "guardrails.maxComplaintRate", "guardrails.minSample"),
                invalid.errors().stream().map(FieldError::field).toList());
    }
}
