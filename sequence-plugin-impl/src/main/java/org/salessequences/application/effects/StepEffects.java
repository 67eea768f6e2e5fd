package org.salessequences.application.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.infrastructure.json.JsonDocuments;

/** Reads what every step effect starts from: its step execution, and the step as it was when it ran. */
@ApplicationScoped
public class StepEffects {

    @Inject
    ExecutionRepository executions;
    @Inject
    JsonDocuments json;

    /** @throws EffectException (final) when the execution no longer exists */
    public ExecutionRef execution(OutboxEntry entry) {
        return executions.find(entry.executionId())
                .orElseThrow(() -> new EffectException("step execution " + entry.executionId() + " is gone", false));
    }

    public StepEffect payload(OutboxEntry entry) {
        return json.read(entry.payload(), StepEffect.class);
    }
}
