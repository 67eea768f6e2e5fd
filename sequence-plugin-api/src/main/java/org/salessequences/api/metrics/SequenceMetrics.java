package org.salessequences.api.metrics;

import java.util.List;

/**
 * {@code GET /api/v1/sequences/{id}/metrics}.
 *
 * @param enrolled  enrollments ever
 * @param active    enrollments active or paused now
 * @param completed enrollments that completed
 * @param exited    enrollments that exited, by reason
 * @param steps     each step's counts, by position
 */
public record SequenceMetrics(long enrolled, long active, long completed, ExitedCounts exited,
                              List<StepMetricsView> steps) {
}
