package org.salessequences.api.run;

import java.time.OffsetDateTime;

/**
 * One stage (batch step) of a run, as the batch runtime reports it.
 *
 * @param name      {@code enroll}, {@code exit}, {@code exitOnConditions}, {@code execute} or {@code record}
 * @param status    the batch status of the stage ({@code COMPLETED}, {@code FAILED}, ...)
 * @param startedAt when it started
 * @param endedAt   when it ended, {@code null} while it runs
 * @param read      records read (chunk stages)
 * @param written   records written (chunk stages)
 * @param commits   chunk transactions committed
 */
public record RunStageView(String name, String status, OffsetDateTime startedAt, OffsetDateTime endedAt, long read,
                           long written, long commits) {
}
