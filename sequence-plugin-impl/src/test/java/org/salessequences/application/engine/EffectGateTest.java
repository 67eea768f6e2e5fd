package org.salessequences.application.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.execution.Decision;
import org.salessequences.domain.model.execution.ExecutionReason;
import org.salessequences.domain.model.sequence.CompiledStep;
import org.salessequences.domain.model.sequence.StepType;
import org.salessequences.spi.host.HostContact;

/** The daily email limit as a chunk of a run meets it: counted once, only when an email is due, then spent. */
class EffectGateTest {

    private static final HostContact ADA = new HostContact("c1", "ada@example.com", "Ada", "Lovelace", "+4930123456",
            null, "rita", null, Map.of(), Map.of());

    private final AtomicInteger counts = new AtomicInteger();

    @Test
    void aChunkWithoutEmailsNeverCountsTheOwnersEmails() {
        EffectGate gate = new EffectGate(ADA, false, budget(0));

        for (StepType type : List.of(StepType.FOLLOW_UP, StepType.CALL_REMINDER, StepType.SMS)) {
            assertEquals(Optional.empty(), gate.check(step(type)), type + " goes ahead");
        }
        assertEquals(0, counts.get());
    }

    @Test
    void emailsOverTheLimitAreDeferredAndTheCountIsReadOnce() {
        EffectGate.DailyEmailBudget budget = budget(2);

        List<Optional<ExecutionReason>> reasons = List.of(1, 2, 3).stream()
                .map(i -> new EffectGate(ADA, false, budget).check(step(StepType.EMAIL)).map(Decision::reason))
                .toList();

        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(ExecutionReason.DAILY_EMAIL_LIMIT)),
                reasons);
        assertEquals(1, counts.get(), "the owner's emails are counted once per chunk");
    }

    @Test
    void anEmailReminderIsCreatedWhateverTheLimitAndSpendsNothing() {
        EffectGate.DailyEmailBudget budget = budget(1);

        assertEquals(Optional.empty(), new EffectGate(ADA, false, budget).check(step(StepType.EMAIL_REMINDER)));
        assertEquals(Optional.empty(), new EffectGate(ADA, false, budget).check(step(StepType.EMAIL)),
                "the reminder left the day's one email");
    }

    private EffectGate.DailyEmailBudget budget(long remaining) {
        return new EffectGate.DailyEmailBudget(() -> {
            counts.incrementAndGet();
            return remaining;
        });
    }

    private static CompiledStep step(StepType type) {
        return new CompiledStep("s-" + type, 0, type, 1, ConditionGroup.ALWAYS, null);
    }
}
