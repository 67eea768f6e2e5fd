package org.salessequences.infrastructure.batch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;

import org.salessequences.api.run.RunStageView;
import org.salessequences.application.SequenceJobLauncher;

/** Starts {@code SequenceRunJob} (defined in the batch-jobs module) through the container's job operator. */
@ApplicationScoped
public class BatchSequenceJobLauncher implements SequenceJobLauncher {

    /** The job XML name, {@code META-INF/batch-jobs/SequenceRunJob.xml}. */
    public static final String JOB_NAME = "SequenceRunJob";
    /** The job parameter naming the run the job performs. */
    public static final String RUN_ID = "runId";

    @Override
    public long launch(String runId, Integer chunkSize) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, runId);
        if (chunkSize != null) {
            parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        }
        return operator().start(JOB_NAME, parameters);
    }

    @Override
    public long restart(long executionId) {
        return operator().restart(executionId, operator().getParameters(executionId));
    }

    @Override
    public List<RunStageView> stages(long executionId) {
        List<RunStageView> stages = new ArrayList<>();
        for (StepExecution step : operator().getStepExecutions(executionId)) {
            Map<Metric.MetricType, Long> metrics = new EnumMap<>(Metric.MetricType.class);
            for (Metric metric : step.getMetrics()) {
                metrics.put(metric.getType(), metric.getValue());
            }
            stages.add(new RunStageView(step.getStepName(), String.valueOf(step.getBatchStatus()),
                    time(step.getStartTime()), time(step.getEndTime()),
                    metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L)));
        }
        return stages;
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    @Override
    public Boolean endedFailed(long executionId) {
        JobExecution execution = operator().getJobExecution(executionId);
        BatchStatus status = execution.getBatchStatus();
        return switch (status) {
            case COMPLETED -> Boolean.FALSE;
            case FAILED, STOPPED, ABANDONED -> Boolean.TRUE;
            default -> null;
        };
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
