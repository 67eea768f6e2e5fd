package org.salessequences.domain.model.enrollment;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a run of a recipient-time-zone sequence stands in its due enrollments: first those the next run plans (no due
 * time, by id), then those due by the run's time, in (due time, id) order, the order of their index. A batch
 * checkpoint keeps it.
 *
 * @param planned    the unplanned ones are done; {@code nextStepAt} and {@code id} are in the planned ones
 * @param nextStepAt the due time of the last enrollment read, {@code null} before the planned ones
 * @param id         the last enrollment read, {@code null} at the start
 */
public record DueCursor(boolean planned, Instant nextStepAt, String id) implements Serializable {

    public static final DueCursor START = new DueCursor(false, null, null);

    /** The cursor after {@code row}. */
    public DueCursor after(EnrollmentRow row) {
        return row.nextStepAt() == null ? new DueCursor(false, null, row.id())
                : new DueCursor(true, row.nextStepAt(), row.id());
    }
}
