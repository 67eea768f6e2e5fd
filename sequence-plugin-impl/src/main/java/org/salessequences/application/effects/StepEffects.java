package org.salessequences.application.effects;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.application.EffectException;
import org.salessequences.domain.model.execution.ExecutionRef;
import org.salessequences.domain.model.execution.ExecutionRepository;
import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.shared.StoredDocuments;

/** Reads what every step effect starts from: its step execution, and the step as it was when it ran. */
@ApplicationScoped
public class StepEffects {

    private static final int PARSED = 64;

    @Inject
    ExecutionRepository executions;
    @Inject
    StoredDocuments json;

    /** Recently parsed payloads by their text, the least recently used dropped first; only ever read. */
    private final Map<String, StepEffect> parsed = new LinkedHashMap<>(PARSED + 1, 1f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StepEffect> eldest) {
            return size() > PARSED;
        }
    };

    /** @throws EffectException (final) when the execution no longer exists */
    public ExecutionRef execution(OutboxEntry entry) {
        return executions.find(entry.executionId())
                .orElseThrow(() -> new EffectException("step execution " + entry.executionId() + " is gone", false));
    }

    /** The step as it ran; the entries of one step in one run share their payload, which is parsed once. */
    public StepEffect payload(OutboxEntry entry) {
        synchronized (parsed) {
            StepEffect known = parsed.get(entry.payload());
            if (known != null) {
                return known;
            }
        }
        StepEffect payload = json.read(entry.payload(), StepEffect.class);
        synchronized (parsed) {
            parsed.put(entry.payload(), payload);
        }
        return payload;
    }
}
