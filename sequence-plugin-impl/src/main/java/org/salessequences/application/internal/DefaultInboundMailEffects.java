package org.salessequences.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.mail.EmailEventService;
import org.salessequences.application.mail.InboundMailEffects;
import org.salessequences.domain.model.enrollment.AdmissionRules;
import org.salessequences.domain.model.enrollment.EnrollmentBatchStore;
import org.salessequences.domain.model.enrollment.EnrollmentRepository;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.enrollment.PauseReason;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.inbound.BounceClass;
import org.salessequences.domain.model.inbound.BounceLog;
import org.salessequences.domain.model.inbound.ReturnDates;
import org.salessequences.domain.model.inbound.Suppressions;
import org.salessequences.log.LogId;

/** {@link InboundMailEffects} on the engine's stores, each call one transaction. */
@ApplicationScoped
@Transactional
public class DefaultInboundMailEffects implements InboundMailEffects {

    private static final Logger LOG = Logger.getLogger(DefaultInboundMailEffects.class.getName());

    @Inject
    ExecutionRepository executions;
    @Inject
    EnrollmentRepository enrollments;
    @Inject
    EnrollmentBatchStore enrollmentStore;
    @Inject
    EmailEventService emailEvents;
    @Inject
    BounceLog bounces;
    @Inject
    Suppressions suppressions;

    @Override
    public boolean bounced(String ownerId, String messageId, String recipient, BounceClass bounceClass, String status,
                           String diagnostic, Instant at) {
        Optional<ExecutionRef> execution = execution(ownerId, messageId, recipient, at);
        String email = AdmissionRules.normaliseEmail(recipient != null ? recipient
                : execution.flatMap(found -> enrollments.find(found.enrollmentId())).map(e -> e.email()).orElse(null));
        if (email == null) {
            return false;
        }
        bounces.record(ownerId, email, execution.map(ExecutionRef::id).orElse(null), bounceClass, status, at);
        if (bounceClass == BounceClass.SENDER) {
            LOG.warning(() -> LogId.SENDER_SIDE_FAILURE + " an email of " + ownerId + " to " + email
                    + " failed on the sending side (" + status + "); the contact is not marked: " + diagnostic);
            return execution.isPresent();
        }
        boolean hard = bounceClass == BounceClass.HARD || bounces.softSince(email,
                at.minus(Duration.ofDays(SOFT_BOUNCE_DAYS))) >= SOFT_BOUNCES_FOR_HARD;
        if (!hard) {
            boolean again = execution.filter(found -> executions.deferAfterSoftBounce(found.id(), at))
                    .map(found -> enrollmentStore.dueAgainAt(found.enrollmentId(), found.stepPosition(), at))
                    .orElse(false);
            LOG.info(() -> LogId.SOFT_BOUNCE + " soft bounce of an email of " + ownerId + " to " + email + " (" + status
                    + "); the contact stays" + (again ? " and the email goes again at the next run" : ""));
            return execution.isPresent();
        }
        execution.ifPresent(found -> emailEvents.bounced(found.messageId(), diagnostic, at));
        suppressions.suppress(ownerId, email, Suppressions.HARD_BOUNCE, at);
        List<String> live = enrollmentStore.liveByEmailOfOwner(ownerId, email).stream()
                .map(EnrollmentBatchStore.LiveEnrollment::id).toList();
        if (!live.isEmpty()) {
            enrollmentStore.exit(live, ExitReason.BOUNCED, at);
        }
        LOG.info(() -> LogId.HARD_BOUNCE + " hard bounce of " + email + " (" + status
                + "): suppressed for the sequences of " + ownerId + ", " + live.size() + " enrollment(s) exited");
        return execution.isPresent() || !live.isEmpty();
    }

    @Override
    public boolean complained(String ownerId, String messageId, String recipient, Instant at) {
        Optional<ExecutionRef> execution = execution(ownerId, messageId, recipient, at);
        boolean matched = emailEvents.complained(execution.map(ExecutionRef::id).orElse(null),
                AdmissionRules.normaliseEmail(recipient), at);
        LOG.info(() -> LogId.COMPLAINT + " complaint (feedback report) about an email of " + ownerId
                + (matched ? ": the address is unsubscribed" : " matched nothing"));
        return matched;
    }

    @Override
    public boolean outOfOffice(String ownerId, List<String> messageIds, String from, LocalDate returnDate, Instant at) {
        if (returnDate == null) {
            return false;
        }
        Set<String> paused = new LinkedHashSet<>();
        for (String messageId : messageIds) {
            executions.findByMessageId(messageId).filter(found -> ownerId.equals(found.ownerId()))
                    .ifPresent(found -> paused.add(found.enrollmentId()));
        }
        String email = AdmissionRules.normaliseEmail(from);
        if (paused.isEmpty() && email != null) {
            enrollmentStore.liveByEmailOfOwner(ownerId, email).forEach(live -> paused.add(live.id()));
        }
        Instant cap = at.plus(Duration.ofDays(ReturnDates.MAX_DAYS));
        Instant resumes = ReturnDates.nextBusinessDay(returnDate).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant resumesAt = resumes.isAfter(cap) ? cap : resumes;
        int count = 0;
        for (String enrollmentId : paused) {
            count += enrollmentStore.pauseUntil(enrollmentId, PauseReason.OUT_OF_OFFICE, resumesAt, at) ? 1 : 0;
        }
        int pausedCount = count;
        LOG.info(() -> LogId.OUT_OF_OFFICE + " out-of-office from " + email + " back on " + returnDate + ": "
                + pausedCount + " enrollment(s) paused until " + resumesAt);
        return count > 0;
    }

    @Override
    public int resumeDue(Instant now) {
        int resumed = enrollmentStore.resumeDue(now);
        if (resumed > 0) {
            LOG.info(() -> LogId.OUT_OF_OFFICE_OVER + " " + resumed + " enrollment(s) resumed after an out-of-office");
        }
        return resumed;
    }

    /** The email a report is about: by its Message-ID, else the mailbox's latest recent send to the address. */
    private Optional<ExecutionRef> execution(String ownerId, String messageId, String recipient, Instant at) {
        Optional<ExecutionRef> byId = messageId == null ? Optional.empty() : executions.findByMessageId(messageId);
        if (byId.isPresent()) {
            return byId;
        }
        String email = AdmissionRules.normaliseEmail(recipient);
        return email == null ? Optional.empty()
                : executions.lastEmailTo(ownerId, email, at.minus(Duration.ofDays(RECENT_SEND_DAYS)));
    }
}
