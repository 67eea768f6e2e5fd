package org.salessequences.domain.model.execution;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.condition.RecordFacts;
import org.salessequences.domain.model.schedule.RunSchedule;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.StepType;

/**
 * The day rules: which steps a run executes for one enrollment.
 *
 * <p><b>Classic.</b> Day 1 is the run date of the enrollment's first run; a step is due on day 1 plus its day
 * minus one (business days when weekends are excluded). Every due step that has not run yet runs, in position
 * order, so runs missed by downtime catch up. A step whose conditions do not match is skipped and the contact
 * goes on with the next step on its own day.
 *
 * <p><b>Smart.</b> Each run executes the first step, by position, that has not run for the enrollment and whose
 * conditions match; steps that do not match stay for later runs.
 *
 * <p><b>Both.</b> After an email reminder step has run, the enrollment waits until the rep has sent the reminder:
 * the next due step is deferred with {@link ExecutionReason#WAITING_FOR_REMINDER}; while an email of the enrollment
 * waits in the outbox for its mailbox's limits, with {@link ExecutionReason#WAITING_FOR_EMAIL}. A step deferred by
 * its gate (the daily email limit) stops the run for the enrollment, so steps keep their order.
 */
public final class StepPlanner {

    private StepPlanner() {
    }

    /**
     * @param steps           the sequence's steps, by position
     * @param excludeWeekends count business days
     * @param runDate         the local date of this run
     * @param dayOne          the enrollment's day 1, {@code null} before its first run
     * @param history         earlier executions of the enrollment, by step id
     * @param facts           the contact's properties and the enrollment's email activity
     * @param gate            whether a matching step can have its effect now
     */
    public static Plan classic(List<CompiledStep> steps, boolean excludeWeekends, LocalDate runDate, LocalDate dayOne,
                               Map<String, PastExecution> history, RecordFacts facts, StepGate gate) {
        return classic(steps, new RunSchedule(LocalTime.MIDNIGHT, ZoneOffset.UTC, excludeWeekends, null), runDate,
                dayOne, history, facts, gate);
    }

    /**
     * The classic rule with the days of {@code schedule} (weekends and holidays it excludes are not counted).
     *
     * @param schedule the schedule whose run days count (the contact's, with recipient time zones)
     */
    public static Plan classic(List<CompiledStep> steps, RunSchedule schedule, LocalDate runDate, LocalDate dayOne,
                               Map<String, PastExecution> history, RecordFacts facts, StepGate gate) {
        LocalDate first = dayOne == null ? runDate : dayOne;
        List<Decision> decisions = new ArrayList<>();
        ExecutionReason waiting = waitingOn(history);
        for (CompiledStep step : steps) {
            PastExecution past = history.get(step.id());
            if (past != null && past.isSettled()) {
                continue;
            }
            LocalDate due = schedule.stepDate(first, step.day());
            if (due.isAfter(runDate)) {
                return new Plan(first, decisions, step.position(), due, false);
            }
            if (waiting != null) {
                decisions.add(Decision.deferred(step, waiting));
                return new Plan(first, decisions, step.position(), schedule.nextRunDay(runDate.plusDays(1)), false);
            }
            if (!ConditionEvaluator.matches(step.conditions(), facts)) {
                decisions.add(Decision.skipped(step, ExecutionReason.CONDITIONS_NOT_MET));
                continue;
            }
            Decision decision = gate.check(step).orElse(Decision.executed(step));
            decisions.add(decision);
            if (decision.status() == ExecutionStatus.DEFERRED) {
                return new Plan(first, decisions, step.position(), schedule.nextRunDay(runDate.plusDays(1)), false);
            }
            waiting = decision.status() == ExecutionStatus.EXECUTED && step.type() == StepType.EMAIL_REMINDER
                    ? ExecutionReason.WAITING_FOR_REMINDER : null;
        }
        return new Plan(first, decisions, null, null, true);
    }

    /** The smart rule; see the class comment. {@code dayOne} is kept for the record only. */
    public static Plan smart(List<CompiledStep> steps, LocalDate runDate, LocalDate dayOne,
                             Map<String, PastExecution> history, RecordFacts facts, StepGate gate) {
        LocalDate first = dayOne == null ? runDate : dayOne;
        ExecutionReason waiting = waitingOn(history);
        List<Decision> decisions = new ArrayList<>();
        List<CompiledStep> open = steps.stream()
                .filter(step -> history.get(step.id()) == null || !history.get(step.id()).isSettled())
                .toList();
        for (CompiledStep step : open) {
            if (!ConditionEvaluator.matches(step.conditions(), facts)) {
                continue;
            }
            Decision decision = waiting != null ? Decision.deferred(step, waiting)
                    : gate.check(step).orElse(Decision.executed(step));
            decisions.add(decision);
            List<CompiledStep> remaining = decision.status().isFinal()
                    ? open.stream().filter(other -> other != step).toList() : open;
            return new Plan(first, decisions, remaining.isEmpty() ? null : remaining.get(0).position(), null,
                    remaining.isEmpty());
        }
        return new Plan(first, decisions, open.isEmpty() ? null : open.get(0).position(), null, open.isEmpty());
    }

    /**
     * What the enrollment's next step waits for: an email reminder that ran but that the rep has not sent yet, or an
     * email waiting in the outbox for its mailbox's limits; {@code null} when nothing holds it.
     */
    static ExecutionReason waitingOn(Map<String, PastExecution> history) {
        if (history.values().stream().anyMatch(past -> past.type() == StepType.EMAIL_REMINDER
                && past.status() == ExecutionStatus.EXECUTED && !past.sent())) {
            return ExecutionReason.WAITING_FOR_REMINDER;
        }
        return history.values().stream().anyMatch(PastExecution::waitsForMailbox)
                ? ExecutionReason.WAITING_FOR_EMAIL : null;
    }
}
