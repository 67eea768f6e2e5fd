package org.salessequences.api.admin;

/**
 * {@code PUT /api/v1/admin/faults} (test installations only): make a run stage fail once, as a crash would.
 *
 * @param stage       {@code enroll} or {@code execute}
 * @param afterChunks how many chunks of the stage complete before it fails
 */
public record FaultRequest(String stage, Integer afterChunks) {
}
