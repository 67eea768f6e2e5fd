package org.salessequences.api.admin;

import java.time.OffsetDateTime;

/** {@code PUT /api/v1/admin/clock}: the time the clock should say now. */
public record ClockChange(OffsetDateTime now) {
}
