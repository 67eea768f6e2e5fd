package org.salessequences.application.internal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.salessequences.application.engine.SequenceAssembler;
import org.salessequences.api.activity.ActivityView;
import org.salessequences.api.metrics.ExitedCounts;
import org.salessequences.api.metrics.SequenceMetrics;
import org.salessequences.api.metrics.StepMetricsView;
import org.salessequences.application.Caller;
import org.salessequences.application.InsightService;
import org.salessequences.application.SequenceService;
import org.salessequences.domain.model.enrollment.EnrollmentRepository;
import org.salessequences.domain.model.enrollment.EnrollmentRepository.OutcomeCount;
import org.salessequences.domain.model.enrollment.EnrollmentStatus;
import org.salessequences.domain.model.enrollment.ExitReason;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.sequence.SequenceRepository;

/**
 * Metrics are counted from the enrollments and executions when asked, so they are current after every run and
 * every tracked event without a second copy to keep in step.
 */
@ApplicationScoped
@Transactional
public class DefaultInsightService implements InsightService {

    @Inject
    SequenceService sequences;
    @Inject
    SequenceRepository sequenceRepository;
    @Inject
    EnrollmentRepository enrollments;
    @Inject
    ExecutionRepository executions;

    @Override
    public SequenceMetrics metrics(Caller caller, String sequenceId) {
        sequences.get(caller, sequenceId);
        List<OutcomeCount> outcomes = enrollments.outcomes(sequenceId);
        long enrolled = outcomes.stream().mapToLong(OutcomeCount::count).sum();
        long active = count(outcomes, EnrollmentStatus.ACTIVE, null) + count(outcomes, EnrollmentStatus.PAUSED, null);
        ExitedCounts exited = new ExitedCounts(count(outcomes, EnrollmentStatus.EXITED, ExitReason.REPLIED),
                count(outcomes, EnrollmentStatus.EXITED, ExitReason.UNSUBSCRIBED),
                count(outcomes, EnrollmentStatus.EXITED, ExitReason.BOUNCED),
                count(outcomes, EnrollmentStatus.EXITED, ExitReason.CONDITIONS),
                count(outcomes, EnrollmentStatus.EXITED, ExitReason.REMOVED),
                count(outcomes, EnrollmentStatus.EXITED, ExitReason.ACCOUNT_REPLIED),
                count(outcomes, EnrollmentStatus.EXITED, ExitReason.MEETING_BOOKED));
        List<String> current = sequenceRepository.steps(sequenceId).stream().map(step -> step.id()).toList();
        List<StepMetricsView> steps = executions.metrics(sequenceId).stream().map(step -> new StepMetricsView(
                step.stepId(), step.position(), step.type().name(), !current.contains(step.stepId()), step.executed(),
                step.skipped(), step.deferred(), step.failed(), step.sent(), step.opened(), step.clicked(),
                step.replied(), step.bounced(), step.unsubscribed())).toList();
        return new SequenceMetrics(enrolled, active, count(outcomes, EnrollmentStatus.COMPLETED, null), exited, steps);
    }

    private static long count(List<OutcomeCount> outcomes, EnrollmentStatus status, ExitReason reason) {
        return outcomes.stream().filter(o -> o.status() == status && (reason == null || o.reason() == reason))
                .mapToLong(OutcomeCount::count).sum();
    }

    @Override
    public List<ActivityView> activities(Caller caller, String contactId, int page, int size) {
        return executions.timeline(contactId, caller.isAdmin() ? null : caller.userId(), page * size, size).stream()
                .map(entry -> new ActivityView(entry.executionId(), entry.sequenceId(), entry.sequenceName(),
                        entry.stepId(), entry.stepPosition(), entry.type().name(), entry.status().name(),
                        entry.reason() == null ? null : entry.reason().name(), entry.detail(),
                        SequenceAssembler.time(entry.at()))).toList();
    }

    @Override
    public long countActivities(Caller caller, String contactId) {
        return executions.countTimeline(contactId, caller.isAdmin() ? null : caller.userId());
    }
}
