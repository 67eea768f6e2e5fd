package org.salessequences.domain.model.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.condition.Condition;
import org.salessequences.domain.model.condition.ConditionField;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.condition.FieldScope;
import org.salessequences.domain.model.condition.Match;
import org.salessequences.domain.model.condition.Operator;
import org.salessequences.domain.model.condition.RecordFacts;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.StepType;

class StepPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final ConditionGroup IN_BERLIN = new ConditionGroup(Match.ALL, List.of(new Condition(
            new ConditionField(FieldScope.CONTACT, "city"), Operator.EQUALS, List.of("Berlin"))));

    private final Map<String, PastExecution> history = new HashMap<>();
    private final Map<String, String> city = new HashMap<>(Map.of("city", "Paris"));
    private final RecordFacts facts = field -> city.get(field.name());

    private static CompiledStep step(String id, int position, StepType type, Integer day, ConditionGroup conditions) {
        return new CompiledStep(id, position, type, day, conditions, null);
    }

    private static CompiledStep email(String id, int position, int day) {
        return step(id, position, StepType.EMAIL, day, ConditionGroup.ALWAYS);
    }

    private void ran(CompiledStep step, ExecutionStatus status, boolean sent) {
        history.put(step.id(), new PastExecution("x-" + step.id(), step.id(), step.type(), status, sent, false, false, false, false));
    }

    @Test
    void theFirstRunIsDayOneAndRunsOnlyDayOneSteps() {
        List<CompiledStep> steps = List.of(email("a", 1, 1), email("b", 2, 1), email("c", 3, 3));
        Plan plan = StepPlanner.classic(steps, false, MONDAY, null, history, facts, StepGate.OPEN);
        assertEquals(MONDAY, plan.dayOne());
        assertEquals(List.of("a", "b"), plan.decisions().stream().map(d -> d.step().id()).toList());
        assertEquals(3, plan.nextPosition());
        assertEquals(MONDAY.plusDays(2), plan.nextDue());
        assertFalse(plan.stepsDone());
    }

    @Test
    void countsBusinessDaysWhenWeekendsAreExcluded() {
        List<CompiledStep> steps = List.of(email("a", 1, 1), email("b", 2, 6));
        ran(steps.get(0), ExecutionStatus.EXECUTED, true);
        Plan friday = StepPlanner.classic(steps, true, MONDAY.plusDays(4), MONDAY, history, facts, StepGate.OPEN);
        assertTrue(friday.decisions().isEmpty());
        assertEquals(MONDAY.plusDays(7), friday.nextDue(), "day 6 counted in business days is next Monday");
        Plan monday = StepPlanner.classic(steps, true, MONDAY.plusDays(7), MONDAY, history, facts, StepGate.OPEN);
        assertEquals(ExecutionStatus.EXECUTED, monday.decisions().get(0).status());
        assertTrue(monday.stepsDone());
    }

    @Test
    void aStepThatDoesNotMatchIsSkippedAndTheNextStillRuns() {
        List<CompiledStep> steps = List.of(step("a", 1, StepType.SMS, 1, IN_BERLIN), email("b", 2, 1));
        Plan plan = StepPlanner.classic(steps, false, MONDAY, null, history, facts, StepGate.OPEN);
        assertEquals(ExecutionStatus.SKIPPED, plan.decisions().get(0).status());
        assertEquals(ExecutionReason.CONDITIONS_NOT_MET, plan.decisions().get(0).reason());
        assertEquals(ExecutionStatus.EXECUTED, plan.decisions().get(1).status());
        assertTrue(plan.stepsDone());
    }

    @Test
    void missedRunsCatchUpInPositionOrder() {
        List<CompiledStep> steps = List.of(email("a", 1, 1), email("b", 2, 2), email("c", 3, 3), email("d", 4, 9));
        ran(steps.get(0), ExecutionStatus.EXECUTED, true);
        Plan plan = StepPlanner.classic(steps, false, MONDAY.plusDays(3), MONDAY, history, facts, StepGate.OPEN);
        assertEquals(List.of("b", "c"), plan.decisions().stream().map(d -> d.step().id()).toList());
        assertEquals(4, plan.nextPosition());
    }

    @Test
    void aDeferredStepStopsTheRunForTheEnrollment() {
        List<CompiledStep> steps = List.of(email("a", 1, 1), email("b", 2, 1));
        StepGate limit = step -> Optional.of(Decision.deferred(step, ExecutionReason.DAILY_EMAIL_LIMIT));
        Plan plan = StepPlanner.classic(steps, false, MONDAY, null, history, facts, limit);
        assertEquals(1, plan.decisions().size());
        assertEquals(ExecutionStatus.DEFERRED, plan.decisions().get(0).status());
        assertEquals(MONDAY.plusDays(1), plan.nextDue());
        assertEquals(1, plan.nextPosition());
    }

    @Test
    void aContactWaitsOnAnUnsentEmailReminder() {
        CompiledStep reminder = step("r", 1, StepType.EMAIL_REMINDER, 1, ConditionGroup.ALWAYS);
        List<CompiledStep> steps = List.of(reminder, email("b", 2, 1), email("c", 3, 2));
        Plan first = StepPlanner.classic(steps, false, MONDAY, null, history, facts, StepGate.OPEN);
        assertEquals(List.of(ExecutionStatus.EXECUTED, ExecutionStatus.DEFERRED),
                first.decisions().stream().map(Decision::status).toList());
        assertEquals(ExecutionReason.WAITING_FOR_REMINDER, first.decisions().get(1).reason());

        ran(reminder, ExecutionStatus.EXECUTED, false);
        Plan stillWaiting = StepPlanner.classic(steps, false, MONDAY.plusDays(1), MONDAY, history, facts,
                StepGate.OPEN);
        assertEquals(ExecutionReason.WAITING_FOR_REMINDER, stillWaiting.decisions().get(0).reason());

        ran(reminder, ExecutionStatus.EXECUTED, true);
        Plan sent = StepPlanner.classic(steps, false, MONDAY.plusDays(1), MONDAY, history, facts, StepGate.OPEN);
        assertEquals(List.of("b", "c"), sent.decisions().stream().map(d -> d.step().id()).toList());
    }

    @Test
    void smartRunsTheFirstMatchingStepNotYetRun() {
        CompiledStep berlinOnly = step("a", 1, StepType.EMAIL, null, IN_BERLIN);
        CompiledStep anyone = step("b", 2, StepType.EMAIL, null, ConditionGroup.ALWAYS);
        CompiledStep third = step("c", 3, StepType.SMS, null, ConditionGroup.ALWAYS);
        List<CompiledStep> steps = List.of(berlinOnly, anyone, third);

        Plan first = StepPlanner.smart(steps, MONDAY, null, history, facts, StepGate.OPEN);
        assertEquals(List.of("b"), first.decisions().stream().map(d -> d.step().id()).toList());
        ran(anyone, ExecutionStatus.EXECUTED, true);

        city.put("city", "Berlin");
        Plan second = StepPlanner.smart(steps, MONDAY.plusDays(2), MONDAY, history, facts, StepGate.OPEN);
        assertEquals(List.of("a"), second.decisions().stream().map(d -> d.step().id()).toList());
        ran(berlinOnly, ExecutionStatus.EXECUTED, true);

        Plan third1 = StepPlanner.smart(steps, MONDAY.plusDays(4), MONDAY, history, facts, StepGate.OPEN);
        assertEquals(List.of("c"), third1.decisions().stream().map(d -> d.step().id()).toList());
        assertTrue(third1.stepsDone());
        assertNull(third1.nextPosition());
    }

    @Test
    void smartLeavesStepsThatDoNotMatchForLater() {
        CompiledStep berlinOnly = step("a", 1, StepType.EMAIL, null, IN_BERLIN);
        Plan plan = StepPlanner.smart(List.of(berlinOnly), MONDAY, null, history, facts, StepGate.OPEN);
        assertTrue(plan.decisions().isEmpty());
        assertFalse(plan.stepsDone());
        assertEquals(1, plan.nextPosition());
    }
}
