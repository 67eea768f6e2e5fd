package org.salessequences.application.engine;

/** What one chunk of the execute stage decided. */
public record ExecutionCounts(int executed, int skipped, int deferred) {

    public static final ExecutionCounts NONE = new ExecutionCounts(0, 0, 0);
}
