package org.salessequences.api.run;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run of a sequence, as {@code GET /api/v1/runs/{id}} answers it.
 *
 * @param id         the run's id
 * @param sequenceId the sequence it runs
 * @param status     {@code STARTING}, {@code STARTED}, {@code COMPLETED} or {@code FAILED}
 * @param trigger    {@code SCHEDULE} or {@code MANUAL}
 * @param enrolled   records enrolled by this run
 * @param exited     enrollments that exited in this run
 * @param executed   step executions that ran
 * @param skipped    step executions skipped because their conditions did not match
 * @param deferred   step executions put off to a later run
 * @param hostCallsDeferred of those, the ones put off because the hour's host calls were spent
 *                   ({@code sequences.host.calls-per-hour}, reason {@code HOST_CALL_BUDGET}): they are due again at the
 *                   next run
 * @param failed     step executions whose effect failed
 * @param createdAt  when the run was asked for
 * @param runAt      the time the run counts as (the day rules use its local date)
 * @param endedAt    when it ended, or {@code null} while it runs
 * @param failure    why it failed, for a failed run
 * @param stages     the run's stages with their timings ({@code GET /api/v1/runs/{id}} only; empty in lists)
 */
public record RunView(String id, String sequenceId, String status, String trigger,
                      long enrolled, long exited, long executed, long skipped, long deferred,
                      long hostCallsDeferred, long failed,
                      OffsetDateTime createdAt, OffsetDateTime runAt, OffsetDateTime endedAt, String failure,
                      List<RunStageView> stages) {

    public RunView {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }
}
