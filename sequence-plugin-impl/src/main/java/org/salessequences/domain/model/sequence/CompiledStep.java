package org.salessequences.domain.model.sequence;

import org.salessequences.api.sequence.StepDefinition;
import org.salessequences.domain.model.condition.ConditionGroup;

/**
 * A step as a run executes it: its conditions parsed, its settings as saved.
 *
 * @param id         stable id
 * @param position   1-based order
 * @param type       what it does
 * @param day        classic day (1..90), {@code null} for smart steps
 * @param conditions when it runs
 * @param definition its settings (email, task or sms)
 */
public record CompiledStep(String id, int position, StepType type, Integer day, ConditionGroup conditions,
                           StepDefinition definition) {
}
