package org.salessequences.application.engine;

/**
 * What one chunk of the execute stage decided (and, in a run for the contacts whose time has come, ended).
 *
 * @param deferred          step executions put off to a later run, for whatever reason
 * @param hostCallsDeferred of those, the ones put off because the hour's host calls were spent ({@code
 *                          HOST_CALL_BUDGET}): nothing was decided for them, so no execution row says so
 */
public record ExecutionCounts(int executed, int skipped, int deferred, int exited, int hostCallsDeferred) {

    public static final ExecutionCounts NONE = new ExecutionCounts(0, 0, 0, 0);

    public ExecutionCounts(int executed, int skipped, int deferred, int exited) {
        this(executed, skipped, deferred, exited, 0);
    }

    public ExecutionCounts(int executed, int skipped, int deferred) {
        this(executed, skipped, deferred, 0);
    }

    /** A chunk none of whose steps could be decided because the hour's host calls were spent. */
    public static ExecutionCounts hostCallsSpent(int enrollments) {
        return new ExecutionCounts(0, 0, enrollments, 0, enrollments);
    }
}
