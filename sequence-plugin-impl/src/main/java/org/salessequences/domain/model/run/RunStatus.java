package org.salessequences.domain.model.run;

/** Where a run is; the public contract names these. */
public enum RunStatus {
    STARTING, STARTED, COMPLETED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
