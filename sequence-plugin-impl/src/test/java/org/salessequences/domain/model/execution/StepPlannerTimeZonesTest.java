package org.salessequences.domain.model.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.schedule.RunSchedule;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.StepType;

/**
 * The due-time calculation of recipient time zones, in every zone the JDK knows, over all of 2026: a contact is planned
 * as the execute stage plans it (its schedule in its zone, the run date whose time has come, the next step's due time
 * from the plan), and runs happen exactly when the earliest contact is due, as the scheduler wakes. Every step must run
 * once, on its day, at the schedule's local time of that day (as late as the gap on a spring-forward day), never
 * twice and never lost at a daylight-saving change; a scheduler that wakes late catches up at the contact's time.
 */
class StepPlannerTimeZonesTest {

    private static final int STEPS = 60;
    /** Enrollments spread over the year, each running its 60 daily steps: every day of 2026 is a step day. */
    private static final List<LocalDate> ENROLLED = List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 12), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 7, 23),
            LocalDate.of(2026, 9, 12), LocalDate.of(2026, 11, 2));
    /** Past midnight (zones that change at midnight), in the usual 02:00 gap, and a working-day morning. */
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(0, 30), LocalTime.of(2, 30), LocalTime.of(9, 0));
    private static final List<CompiledStep> DAILY = dailySteps();

    private static List<CompiledStep> dailySteps() {
        List<CompiledStep> steps = new ArrayList<>();
        for (int day = 1; day <= STEPS; day++) {
            steps.add(new CompiledStep("s" + day, day, StepType.FOLLOW_UP, day, ConditionGroup.ALWAYS, null));
        }
        return List.copyOf(steps);
    }

    @Test
    void everyStepRunsOnceAtItsLocalTimeInEveryZoneAcrossTheYear() {
        int zones = 0;
        int transitionsCrossed = 0;
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            zones++;
            for (LocalTime time : TIMES) {
                RunSchedule schedule = new RunSchedule(time, zone, false, null);
                for (LocalDate enrolled : ENROLLED) {
                    List<Run> runs = simulate(schedule, enrolled.atStartOfDay(zone).toInstant(), Duration.ZERO);
                    transitionsCrossed += check(schedule, enrolled, runs, id + " at " + time);
                }
            }
        }
        assertTrue(zones > 400, "the JDK knows " + zones + " zones");
        // The year holds daylight-saving changes in well over a hundred zones, each crossed by some enrollment.
        assertTrue(transitionsCrossed > 500, "daylight-saving changes crossed: " + transitionsCrossed);
    }

    @Test
    void weekendsAreSkippedInTheContactsOwnZone() {
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            RunSchedule schedule = new RunSchedule(LocalTime.of(9, 0), zone, true, null);
            for (LocalDate enrolled : ENROLLED) {
                List<Run> runs = simulate(schedule, enrolled.atStartOfDay(zone).toInstant(), Duration.ZERO);
                assertEquals(STEPS, runs.size(), id);
                for (Run run : runs) {
                    LocalDate local = run.at().atZone(zone).toLocalDate();
                    assertTrue(schedule.isRunDay(local), id + ": step " + run.step() + " ran on " + local);
                    assertEquals(LocalTime.of(9, 0), run.at().atZone(zone).toLocalTime(), id);
                }
            }
        }
    }

    @Test
    void aSchedulerThatWakesLateCatchesUpAtTheContactsTimeWithoutLosingOrRepeatingSteps() {
        for (String id : List.of("Asia/Tokyo", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
                "America/Santiago", "Asia/Kathmandu", "Pacific/Chatham")) {
            ZoneId zone = ZoneId.of(id);
            RunSchedule schedule = new RunSchedule(LocalTime.of(9, 0), zone, false, null);
            for (LocalDate enrolled : ENROLLED) {
                // Every wake comes 5 hours after the due time: still the contact's day, so nothing shifts a day.
                List<Run> runs = simulate(schedule, enrolled.atStartOfDay(zone).toInstant(), Duration.ofHours(5));
                assertEquals(STEPS, runs.size(), id);
                for (int i = 0; i < runs.size(); i++) {
                    assertEquals("s" + (i + 1), runs.get(i).step(), id);
                    LocalDate expected = runs.get(0).date().plusDays(i);
                    assertEquals(expected, runs.get(i).date(), id);
                }
            }
        }
    }

    /** One step execution: which step, the contact's run date, and the run's instant. */
    private record Run(String step, LocalDate date, Instant at) {
    }

    /**
     * Plans one contact the way the execute stage does, with a run at each due time (plus {@code late}): a run whose
     * time has not come in the contact's zone moves the contact to its next local run time.
     */
    private static List<Run> simulate(RunSchedule schedule, Instant enrolledAt, Duration late) {
        Map<String, PastExecution> history = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        LocalDate dayOne = null;
        Instant due = enrolledAt;
        for (int wakes = 0; wakes < 4 * STEPS; wakes++) {
            Instant runAt = due.plus(late);
            LocalDate runDate = schedule.runDateAt(runAt);
            if (runDate == null) {
                Instant next = schedule.nextRun(runAt, null);
                assertTrue(next.isAfter(runAt), "the next local run time lies ahead");
                due = next;
                continue;
            }
            Plan plan = StepPlanner.classic(DAILY, schedule, runDate, dayOne, history, field -> null, StepGate.OPEN);
            dayOne = plan.dayOne();
            for (Decision decision : plan.decisions()) {
                assertEquals(ExecutionStatus.EXECUTED, decision.status());
                assertFalse(history.containsKey(decision.step().id()), "step " + decision.step().id() + " ran twice");
                history.put(decision.step().id(), new PastExecution("x", decision.step().id(), StepType.FOLLOW_UP,
                        ExecutionStatus.EXECUTED, false, false, false, false, false));
                runs.add(new Run(decision.step().id(), runDate, runAt));
            }
            if (plan.stepsDone()) {
                return runs;
            }
            Instant next = schedule.at(plan.nextDue());
            assertTrue(next.isAfter(runAt), "a planned step is due after the run that planned it");
            due = next;
        }
        throw new AssertionError("the enrollment did not finish: " + runs.size() + " steps ran");
    }

    /** Checks one enrollment's runs; returns how many daylight-saving changes lay between consecutive steps. */
    private static int check(RunSchedule schedule, LocalDate enrolled, List<Run> runs, String what) {
        assertEquals(STEPS, runs.size(), what + ": every step once");
        ZoneId zone = schedule.zone();
        int transitions = 0;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            assertEquals("s" + (i + 1), run.step(), what + ": steps in order");
            LocalDate expected = runs.get(0).date().plusDays(i);
            assertEquals(expected, run.date(), what + ": step " + run.step() + " on its day");
            ZonedDateTime local = run.at().atZone(zone);
            assertEquals(expected, local.toLocalDate(), what + ": step " + run.step() + " runs on its local date");
            ZonedDateTime intended = ZonedDateTime.of(expected, schedule.time(), zone);
            assertEquals(intended.toInstant(), run.at(), what + ": step " + run.step() + " at the local time");
            if (!local.toLocalTime().equals(schedule.time())) {
                // Only a spring-forward gap moves the time, and then later, by the gap: never earlier.
                assertTrue(zone.getRules().getValidOffsets(expected.atTime(schedule.time())).isEmpty(),
                        what + ": step " + run.step() + " moved to " + local + " outside a gap");
                assertTrue(local.toLocalTime().isAfter(schedule.time()), what + ": a gap moves the time later");
            }
            if (i > 0) {
                Duration gap = Duration.between(runs.get(i - 1).at(), run.at());
                assertTrue(gap.compareTo(Duration.ofHours(20)) > 0 && gap.compareTo(Duration.ofHours(28)) < 0,
                        what + ": consecutive daily steps " + gap + " apart");
                if (!gap.equals(Duration.ofHours(24))) {
                    transitions++;
                }
            }
        }
        // Day 1 is the first local run day at or after enrollment.
        LocalDate firstDay = runs.get(0).date();
        assertTrue(!firstDay.isBefore(enrolled.minusDays(1)) && !firstDay.isAfter(enrolled.plusDays(2)), what);
        return transitions;
    }
}
