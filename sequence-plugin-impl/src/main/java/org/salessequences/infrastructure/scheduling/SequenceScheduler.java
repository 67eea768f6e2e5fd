package org.salessequences.infrastructure.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.RunService;
import org.salessequences.domain.model.cluster.ClusterMembers;
import org.salessequences.domain.model.cluster.LocalMember;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.infrastructure.time.ApplicationClock;
import org.salessequences.log.LogId;

/**
 * Starts the scheduled run of every active sequence whose time has come, and, for sequences that send in their
 * recipients' time zones, a run for their contacts whenever the earliest of them is due (a zone's local time). Every member of a cluster ticks; the
 * conditional claim in {@link RunService#startScheduled} lets exactly one of them start each run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SequenceScheduler {

    private static final Logger LOG = Logger.getLogger(SequenceScheduler.class.getName());
    private static final int MAX_STARTS_PER_TICK = 50;

    @Inject
    RunService runs;
    @Inject
    DueSequences due;
    @Inject
    ApplicationClock clock;
    @Inject
    ClusterMembers members;
    @Inject
    LocalMember member;

    /**
     * The member is in the member table from its start on, so that a member killed before its first tick is still
     * known as stopped once its stamp ages (a member the table does not know is waited for much longer).
     */
    @PostConstruct
    void joinMembers() {
        try {
            members.seen(member.id(), member.startedAt(), Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, LogId.MEMBER_NOT_STAMPED
                    + " this member could not stamp the member table at start; its first tick does",
                    e);
        }
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        tick();
    }

    /** Resumes or fails interrupted runs, then starts the due ones; returns the ids of the runs this tick started. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public synchronized List<String> tick() {
        List<String> started = new ArrayList<>();
        try {
            runs.recoverInterrupted();
            for (SequenceRepository.DueRun run : due.at(clock.now(), MAX_STARTS_PER_TICK)) {
                (run.contactsOnly() ? runs.startForContacts(run.sequenceId(), run.dueAt())
                        : runs.startScheduled(run.sequenceId(), run.dueAt())).ifPresent(view -> started.add(view.id()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogId.SCHEDULER_TICK_FAILED
                    + " the scheduler tick failed; the next tick tries again", e);
        }
        return started;
    }

    /** The query of due sequences, in a transaction of its own. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class DueSequences {

        @Inject
        SequenceRepository sequences;

        @Transactional
        public List<SequenceRepository.DueRun> at(Instant now, int limit) {
            return sequences.due(now, limit);
        }
    }
}
