package org.salessequences.application.engine;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.api.sequence.ExitCriteriaDefinition;
import org.salessequences.api.sequence.GuardrailsDefinition;
import org.salessequences.api.sequence.ScheduleDefinition;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.application.validation.ConditionGroupReader;
import org.salessequences.application.validation.SequenceValidator;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.schedule.PublicHolidays;
import org.salessequences.domain.model.schedule.RunSchedule;
import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.Guardrails;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceStep;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.RecordType;

/** Reads a stored sequence into the form a run executes. Stored definitions were validated when saved. */
@ApplicationScoped
public class SequenceCompiler {

    @Inject
    SequenceAssembler assembler;
    @Inject
    PublicHolidays holidays;

    public CompiledSequence compile(Sequence sequence, List<SequenceStep> steps) {
        SequenceDefinition definition = assembler.sequence(sequence, steps);
        List<CompiledStep> compiled = definition.steps().stream().map(this::step).toList();
        ExitCriteriaDefinition exit = definition.exitCriteria();
        GuardrailsDefinition rails = definition.guardrails() == null ? SequenceValidator.DEFAULT_GUARDRAILS
                : definition.guardrails();
        return new CompiledSequence(sequence.id(), sequence.ownerId(), sequence.name(), sequence.type(),
                sequence.exclusive(), schedule(sequence, definition.schedule()),
                RecordType.valueOf(definition.audience().recordType()),
                definition.audience().savedViewIds(), definition.audience().conditions(),
                group("audience", definition.audience().conditions(), definition.audience().match()),
                !Boolean.FALSE.equals(definition.audience().preventDuplicateEmails()), compiled,
                !Boolean.FALSE.equals(exit.allStepsExecuted()), !Boolean.FALSE.equals(exit.replied()),
                !Boolean.FALSE.equals(exit.unsubscribed()), !Boolean.FALSE.equals(exit.bounced()),
                group("exitCriteria", exit.conditions(), exit.match()), sequence.recipientTimezone(),
                definition.audience().dailyEnrollmentLimit(), Boolean.TRUE.equals(exit.accountReplied()),
                Boolean.TRUE.equals(exit.meetingBooked()), guardrails(rails));
    }

    /** When the sequence runs, with the public holidays of its {@code schedule.holidays}. */
    public RunSchedule schedule(Sequence sequence) {
        return schedule(sequence, assembler.storedSchedule(sequence));
    }

    private RunSchedule schedule(Sequence sequence, ScheduleDefinition stored) {
        List<String> countries = stored == null || stored.holidays() == null ? List.of() : stored.holidays();
        return new RunSchedule(LocalTime.parse(sequence.scheduleTime()), ZoneId.of(sequence.timezone()),
                sequence.excludeWeekends(), sequence.intervalDays(), holidays.of(countries));
    }

    private static Guardrails guardrails(GuardrailsDefinition rails) {
        GuardrailsDefinition defaults = SequenceValidator.DEFAULT_GUARDRAILS;
        return new Guardrails(rails.maxBounceRate() == null ? defaults.maxBounceRate() : rails.maxBounceRate(),
                rails.maxComplaintRate() == null ? defaults.maxComplaintRate() : rails.maxComplaintRate(),
                rails.minSample() == null ? defaults.minSample() : rails.minSample());
    }

    private CompiledStep step(StepDefinition step) {
        return new CompiledStep(step.id(), step.position(), StepType.valueOf(step.type()), step.day(),
                group("steps[" + (step.position() - 1) + "]", step.conditions(), step.match()), step);
    }

    private static ConditionGroup group(String path, List<org.salessequences.api.sequence.ConditionDefinition> conditions,
                                        String match) {
        Violations violations = new Violations();
        ConditionGroup group = ConditionGroupReader.read(path, conditions, match, true, violations);
        if (group == null) {
            throw new IllegalStateException(LogId.STORED_CONDITIONS_INVALID
                    + " a stored sequence has invalid conditions: " + violations.errors());
        }
        return group;
    }
}
