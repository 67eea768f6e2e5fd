package org.salessequences.application.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.domain.model.sequence.Guardrails;
import org.salessequences.domain.model.sequence.PausedReason;
import org.salessequences.domain.model.sequence.SendingReputation;
import org.salessequences.domain.model.sequence.Sequence;
import org.salessequences.domain.model.sequence.SequenceRepository;
import org.salessequences.domain.model.sequence.SequenceStatus;
import org.salessequences.log.LogId;

/**
 * Pauses a sequence whose recent emails bounce or draw complaints more than its guardrails allow: checked as its run
 * executes and whenever a bounce or complaint is recorded. A paused sequence neither runs nor sends what it had queued;
 * a person resumes it (and its rates count afresh from then).
 */
@ApplicationScoped
@Transactional
public class SequenceGuardrails {

    private static final Logger LOG = Logger.getLogger(SequenceGuardrails.class.getName());

    @Inject
    SequenceRepository sequences;
    @Inject
    SequenceCompiler compiler;
    @Inject
    SendingReputation reputation;

    /**
     * How often a run's chunks look at the rates: counting a large sequence's recent emails for every chunk would cost
     * more than the run; bounces and complaints are checked as they are recorded anyway.
     */
    static final Duration RUN_CHECKS = Duration.ofMinutes(1);

    private final Map<String, Instant> lastRunCheck = new ConcurrentHashMap<>();

    /**
     * The check a run makes before executing a chunk: at most once per {@link #RUN_CHECKS} of the plugin's clock per
     * sequence on this member; returns why it paused, when this check paused it.
     */
    public Optional<PausedReason> checkDuringRun(String sequenceId, Instant now) {
        Instant last = lastRunCheck.get(sequenceId);
        if (last != null && !now.isBefore(last) && now.isBefore(last.plus(RUN_CHECKS))) {
            return Optional.empty();
        }
        lastRunCheck.put(sequenceId, now);
        return check(sequenceId, now);
    }

    /** Checks the sequence at {@code now}; returns why it paused, when this check paused it. */
    public Optional<PausedReason> check(String sequenceId, Instant now) {
        Optional<Sequence> found = sequences.find(sequenceId);
        if (found.isEmpty() || found.get().status() != SequenceStatus.ACTIVE) {
            return Optional.empty();
        }
        Sequence sequence = found.get();
        Guardrails guardrails = compiler.compile(sequence, sequences.steps(sequenceId)).guardrails();
        Instant since = now.minus(Guardrails.RECENT);
        if (sequence.ratesSince() != null && sequence.ratesSince().isAfter(since)) {
            since = sequence.ratesSince();
        }
        SendingReputation.Recent recent = reputation.since(sequenceId, since);
        PausedReason breach = guardrails.breach(recent);
        if (breach == null) {
            return Optional.empty();
        }
        sequence.pauseItself(breach, now);
        LOG.warning(() -> LogId.SEQUENCE_PAUSED_ITSELF + " sequence " + sequenceId + " paused itself (" + breach
                + "): of " + recent.sent() + " emails sent since " + recent.hardBounces() + " bounced and "
                + recent.complaints() + " drew complaints, over its guardrails " + guardrails
                + "; its owner resumes it");
        return Optional.of(breach);
    }
}
