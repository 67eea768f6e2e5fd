package org.salessequences.domain.model.execution;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run does for one enrollment.
 *
 * @param dayOne       the enrollment's day 1 (set by its first run)
 * @param decisions    the steps decided in this run, in position order
 * @param nextPosition position of the next step left to run, {@code null} when none is left
 * @param nextDue      the date that step is due (classic), {@code null} when it is not known ahead (smart)
 * @param stepsDone    no step is left: the enrollment completes at the next run
 */
public record Plan(LocalDate dayOne, List<Decision> decisions, Integer nextPosition, LocalDate nextDue,
                   boolean stepsDone) {

    public Plan {
        decisions = List.copyOf(decisions);
    }
}
