package org.salessequences.application.engine;

/** What one chunk of the execute stage decided (and, in a run for the contacts whose time has come, ended). */
public record ExecutionCounts(int executed, int skipped, int deferred, int exited) {

    public static final ExecutionCounts NONE = new ExecutionCounts(0, 0, 0, 0);

    public ExecutionCounts(int executed, int skipped, int deferred) {
        this(executed, skipped, deferred, 0);
    }
}
