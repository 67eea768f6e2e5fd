package org.salessequences.api.admin;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The plugin's clock.
 *
 * @param now         what the clock says
 * @param adjustable  whether {@code PUT /api/v1/admin/clock} may move it
 * @param startedRuns the scheduled runs that moving the clock started (their ids, to poll)
 */
public record ClockView(OffsetDateTime now, boolean adjustable, List<String> startedRuns) {
}
