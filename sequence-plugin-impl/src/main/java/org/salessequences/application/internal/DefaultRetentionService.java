package org.salessequences.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.salessequences.application.RetentionService;
import org.salessequences.domain.model.execution.RetentionStore;
import org.salessequences.log.LogId;

/**
 * Retention in batches of {@value #BATCH}, each its own transaction, so that a pass over a year of executions never
 * holds a long transaction or much memory. Executions are compacted {@code sequences.retention.execution-days} after
 * their enrollment ended (0: never); outbox entries deleted {@code sequences.retention.outbox-days} after they were
 * carried out (0: never). Real time, not the adjustable clock: retention is about disk, not about the simulated day.
 */
@ApplicationScoped
public class DefaultRetentionService implements RetentionService {

    private static final Logger LOG = Logger.getLogger(DefaultRetentionService.class.getName());
    static final int BATCH = 500;
    static final String TASK = "retention";

    @Inject
    RetentionStore store;
    @Inject
    @ConfigProperty(name = "sequences.retention.execution-days")
    int executionDays;
    @Inject
    @ConfigProperty(name = "sequences.retention.outbox-days")
    int outboxDays;

    @Override
    public Removed runDaily() {
        Instant now = Instant.now();
        if (!store.claimDaily(TASK, now, now.minus(Duration.ofHours(23)))) {
            return new Removed(0, 0);
        }
        long compacted = 0;
        if (executionDays > 0) {
            Instant endedBefore = now.minus(Duration.ofDays(executionDays));
            for (int done; (done = store.compactEnded(endedBefore, now, BATCH)) > 0; ) {
                compacted += done;
            }
        }
        long deleted = 0;
        if (outboxDays > 0) {
            Instant doneBefore = now.minus(Duration.ofDays(outboxDays));
            for (int done; (done = store.deleteFinishedOutbox(doneBefore, BATCH)) > 0; ) {
                deleted += done;
            }
        }
        Removed removed = new Removed(compacted, deleted);
        LOG.info(() -> LogId.RETENTION_DONE + " retention: executions of " + removed.enrollmentsCompacted()
                + " enrollments compacted, " + removed.outboxEntriesDeleted() + " outbox entries deleted");
        return removed;
    }
}
