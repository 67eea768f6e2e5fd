package org.salessequences.api.metrics;

/**
 * The funnel of one step.
 *
 * @param stepId       the step
 * @param position     its position
 * @param type         its type
 * @param removed      whether the step has since been removed from the sequence
 * @param executed     executions that ran
 * @param skipped      executions skipped
 * @param deferred     executions waiting for a later run
 * @param failed       executions whose effect failed
 * @param sent         emails and texts that went out
 * @param opened       emails opened
 * @param clicked      emails with a link followed
 * @param replied      emails replied to
 * @param bounced      emails that bounced
 * @param unsubscribed emails whose recipient unsubscribed
 * @param queued       emails waiting to go, not tried yet
 * @param retrying     emails whose last attempt failed and that will be tried again (failed ones count in
 *                     {@code failed})
 */
public record StepMetricsView(String stepId, int position, String type, boolean removed, long executed, long skipped,
                              long deferred, long failed, long sent, long opened, long clicked, long replied,
                              long bounced, long unsubscribed, long queued, long retrying) {
}
