package org.salessequences.domain.model.execution;

import java.util.Optional;

import org.salessequences.domain.model.sequence.CompiledStep;

/**
 * Checks whether a step whose conditions match can have its effect for this contact now (an address to email,
 * a phone number to text, room under the daily email limit).
 */
@FunctionalInterface
public interface StepGate {

    /** A SKIPPED or DEFERRED decision when the step cannot run now; empty when it can. */
    Optional<Decision> check(CompiledStep step);

    StepGate OPEN = step -> Optional.empty();
}
