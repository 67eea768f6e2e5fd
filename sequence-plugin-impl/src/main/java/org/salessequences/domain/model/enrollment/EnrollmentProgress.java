package org.salessequences.domain.model.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a run left an enrollment.
 *
 * @param id                  the enrollment
 * @param dayOne              its day 1
 * @param currentStepPosition the next step left to run, {@code null} when none is
 * @param nextStepAt          when that step is due, {@code null} when unknown (smart) or none is left
 * @param stepsDone           no step is left: the next run completes it
 * @param at                  when
 */
public record EnrollmentProgress(String id, LocalDate dayOne, Integer currentStepPosition, Instant nextStepAt,
                                 boolean stepsDone, Instant at) {
}
